package io.tongxin.collection;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public collection forms ({@code tongxin.collection.*}).
 *
 * @param perAddressLimit   submissions one client address may make within {@code perAddressWindow}
 * @param perCampaignLimit  submissions one campaign (or personal link) takes within {@code perCampaignWindow}
 * @param maxRequestBytes   a larger form post is refused before it is read (the fields are short)
 * @param linkValidity      how long a personal update link works by default
 * @param publicBaseUrl     the address people reach the application at (e.g. https://tx.example.cn), for
 *                          the links and QR codes; empty: taken from the staff member's own request
 * @param rejectedRetention how long a rejected submission's personal data is kept after the review
 */
@ConfigurationProperties("tongxin.collection")
record CollectionProperties(
        @DefaultValue("20") int perAddressLimit,
        @DefaultValue("10m") Duration perAddressWindow,
        @DefaultValue("500") int perCampaignLimit,
        @DefaultValue("1h") Duration perCampaignWindow,
        @DefaultValue("16384") int maxRequestBytes,
        @DefaultValue("7d") Duration linkValidity,
        @DefaultValue("") String publicBaseUrl,
        @DefaultValue("90d") Duration rejectedRetention) {
}
