-- A village contact's phone (a 村长's mobile, a village committee's landline) is personal data
-- and follows the platform's rule for member phones: encrypted at rest (AES-GCM, as member.phone_cipher),
-- a masked form for lists, and the clear value only for a stated, audited reason.
--
-- The encryption keys live in the application, not in the database, so this migration cannot
-- encrypt the existing plain values. The application does it once at start-up
-- (io.tongxin.livestream.internal.VillagePhoneConversion): it encrypts every row whose plain
-- contact_phone is still set and then clears that column, in one transaction. From this version on
-- nothing reads or writes contact_phone; a later migration may drop it (together with the conversion).

ALTER TABLE livestream_village
    ADD COLUMN contact_phone_cipher text,
    ADD COLUMN contact_phone_masked varchar(24);

COMMENT ON COLUMN livestream_village.contact_phone IS
    'Legacy plain text, emptied at start-up since V70; read and written nowhere. To be dropped.';
COMMENT ON COLUMN livestream_village.contact_phone_cipher IS
    'SensitiveDataProtector.encrypt of the contact phone as entered';
COMMENT ON COLUMN livestream_village.contact_phone_masked IS
    'Masking.maskPhone of the contact phone, for lists';

-- Revealing the clear value is its own permission, so a department can decide who needs to call a
-- village's contact. By default the roles that may already reveal members' phones.
INSERT INTO permission (code, description) VALUES
    ('livestream:sensitive:view', '查看村村播村庄联系电话明文');

INSERT INTO role_permission (role_code, permission_code)
SELECT code, 'livestream:sensitive:view' FROM app_role WHERE code IN ('CITY_ADMIN', 'COUNTY_ADMIN');
