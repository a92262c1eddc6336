@Version("2.0.0")
@Export
package org.posyandu.api.posyandu;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
