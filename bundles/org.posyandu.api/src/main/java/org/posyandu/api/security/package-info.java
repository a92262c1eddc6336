/**
 * Who may do what: roles along the Tim Pembina hierarchy, the caller's {@link org.posyandu.api.security.Scope},
 * the access declarations every REST resource method carries ({@link org.posyandu.api.security.Public},
 * {@link org.posyandu.api.security.RequiresRole}), users, login tokens and the audit trail.
 */
@Version("1.0.0")
@Export
package org.posyandu.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
