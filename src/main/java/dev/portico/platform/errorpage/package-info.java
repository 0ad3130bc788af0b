/**
 * The error page of the servlet container, apart from the problem catalogue it writes, because it
 * also needs the JSON writer and the request id, which themselves report errors as problems.
 */
package dev.portico.platform.errorpage;
