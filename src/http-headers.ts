/** HTTP header names as RFC 9110 defines them (a `token`), for every place a user names a header. */

/** A valid header name: one or more token characters. */
export const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
