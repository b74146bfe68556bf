package io.tongxin.member;

/** Where a change came from (来源): 手工录入, 导入, 本人填报, 合并, 系统. */
public enum ChangeSource {
    MANUAL, IMPORT, SELF_SERVICE, MERGE, SYSTEM
}
