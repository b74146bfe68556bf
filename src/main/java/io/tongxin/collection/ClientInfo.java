package io.tongxin.collection;

/** Who submitted, as far as the server can tell: the address (kept only as a keyed hash) and the browser. */
record ClientInfo(String address, String userAgent) {

    static final int MAX_USER_AGENT = 300;

    ClientInfo {
        address = address == null ? "" : address;
        userAgent = userAgent == null ? null
                : userAgent.length() > MAX_USER_AGENT ? userAgent.substring(0, MAX_USER_AGENT) : userAgent;
    }
}
