/** The portal's account pages: sign-in, sign-up, invitations and members, on Jakarta Security. */
package dev.portico.account.web;
