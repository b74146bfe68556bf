package io.tongxin.collection;

/** How a campaign is doing: everything submitted, and how much of it is approved, rejected, waiting. */
record CampaignStats(long submitted, long approved, long rejected, long pending) {
}
