/**
 * Rules for Chinese personal identifiers and sensitive data: resident ID numbers
 * ({@link io.tongxin.personaldata.IdNumber}), phone numbers ({@link io.tongxin.personaldata.PhoneNumber}),
 * display masks ({@link io.tongxin.personaldata.Masking}), field encryption and lookup hashes
 * ({@link io.tongxin.personaldata.SensitiveDataProtector}) and name pinyin for search
 * ({@link io.tongxin.personaldata.NamePinyin}).
 * <p>
 * Pure building blocks: no tables, no controllers. The member registry stores an ID number as
 * {@code encrypt(value())} plus {@code hmac(value())} (the HMAC column is indexed and unique),
 * and shows {@code Masking.maskIdNumber(...)} unless the user may reveal it.
 */
package io.tongxin.personaldata;
