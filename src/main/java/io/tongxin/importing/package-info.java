/**
 * Spreadsheet imports, for any kind of record: reading what people really upload (.xlsx, .xls,
 * .csv in UTF-8 or GBK) with its limits, the two steps (validate, then commit), the job with its
 * progress, the validation report and the file of rejected rows, and the audit of each import.
 * Modules plug in an {@link io.tongxin.importing.ImportHandler} that knows their columns and rows;
 * this module knows nothing about members or live sessions.
 */
package io.tongxin.importing;
