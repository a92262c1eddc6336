@Version("1.1.0")
@Export
package org.posyandu.api.wilayah;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
