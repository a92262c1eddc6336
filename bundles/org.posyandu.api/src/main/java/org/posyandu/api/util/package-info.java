/** Small helpers every Posyandu bundle may use. */
@Version("1.0.0")
@Export
package org.posyandu.api.util;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
