/**
 * Lists written once for every resource: sort, filters, sparse fields and keyset cursors, checked
 * against what each list declares.
 */
package dev.portico.platform.listing;
