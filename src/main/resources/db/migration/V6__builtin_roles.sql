-- The permission catalogue and the built-in roles. Three-admin separation (等保2.0): the system
-- admin manages accounts but holds no member or audit permission; the audit admin only reads the
-- audit log; the security admin unlocks accounts and watches the system.

INSERT INTO permission (code, description) VALUES
    ('member:list',           '查看成员列表'),
    ('member:view',           '查看成员详情'),
    ('member:edit',           '新增和修改成员'),
    ('member:import',         '导入成员'),
    ('member:export',         '导出成员（脱敏）'),
    ('member:export:sensitive','导出成员（含敏感信息）'),
    ('member:sensitive:view', '查看身份证号、手机号明文'),
    ('collection:review',     '审核信息采集'),
    ('livestream:view',       '查看村村播数据'),
    ('livestream:edit',       '维护村村播数据'),
    ('user:manage',           '管理用户账号'),
    ('role:manage',           '管理角色和权限'),
    ('dict:manage',           '管理数据字典'),
    ('user:unlock',           '解锁被锁定的账号'),
    ('system:monitor',        '查看系统运行指标'),
    ('audit:read',            '查看审计日志');

INSERT INTO app_role (code, name, built_in, sort_order) VALUES
    ('CITY_ADMIN',       '市级管理员', true, 10),
    ('COUNTY_ADMIN',     '县级管理员', true, 20),
    ('TOWNSHIP_LIAISON', '乡镇联络员', true, 30),
    ('LEADER',           '领导干部',   true, 40),
    ('SYSTEM_ADMIN',     '系统管理员', true, 50),
    ('SECURITY_ADMIN',   '安全管理员', true, 60),
    ('AUDIT_ADMIN',      '审计管理员', true, 70);

INSERT INTO role_permission (role_code, permission_code)
SELECT 'CITY_ADMIN', code FROM permission
 WHERE code IN ('member:list', 'member:view', 'member:edit', 'member:import', 'member:export',
                'member:export:sensitive', 'member:sensitive:view', 'collection:review',
                'livestream:view', 'livestream:edit')
UNION ALL
SELECT 'COUNTY_ADMIN', code FROM permission
 WHERE code IN ('member:list', 'member:view', 'member:edit', 'member:import', 'member:export',
                'member:sensitive:view', 'collection:review', 'livestream:view', 'livestream:edit')
UNION ALL
SELECT 'TOWNSHIP_LIAISON', code FROM permission
 WHERE code IN ('member:list', 'member:view', 'member:edit', 'livestream:view', 'livestream:edit')
UNION ALL
SELECT 'LEADER', code FROM permission
 WHERE code IN ('member:list', 'member:view', 'livestream:view')
UNION ALL
SELECT 'SYSTEM_ADMIN', code FROM permission
 WHERE code IN ('user:manage', 'role:manage', 'dict:manage', 'system:monitor')
UNION ALL
SELECT 'SECURITY_ADMIN', code FROM permission
 WHERE code IN ('user:unlock', 'system:monitor')
UNION ALL
SELECT 'AUDIT_ADMIN', code FROM permission
 WHERE code IN ('audit:read');
