/**
 * Self-service information collection (信息采集): staff run campaigns with a public link and QR
 * code, or send one member a personal update link; people fill in a public form without logging
 * in; every submission waits in a review queue, and only what a reviewer accepts reaches the
 * member registry (through {@code MemberManagement}, history source 本人填报).
 */
package io.tongxin.collection;
