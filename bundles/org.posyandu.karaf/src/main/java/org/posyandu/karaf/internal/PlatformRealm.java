package org.posyandu.karaf.internal;

import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Replaces Karaf's own JAAS realm {@code karaf} (users.properties, keys.properties) with one backed by the
 * platform's users: it ranks higher, so SSH, {@code bin/client} and JMX all log in through
 * {@link PlatformLoginModule}, and only SUPERADMIN accounts get in.
 */
@Component(service = JaasRealm.class)
public final class PlatformRealm implements JaasRealm {
    static final String NAME = "karaf";
    /** Above Karaf's default realm (rank 0), so this one is chosen for the name {@code karaf}. */
    static final int RANK = 100;

    private final AppConfigurationEntry[] entries;

    @Activate
    public PlatformRealm(BundleContext context) {
        // Karaf's ProxyLoginModule loads the module class from this bundle and hands it these options
        Map<String, Object> options = Map.of(
                ProxyLoginModule.PROPERTY_MODULE, PlatformLoginModule.class.getName(),
                ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()),
                BundleContext.class.getName(), context);
        this.entries = new AppConfigurationEntry[] { new AppConfigurationEntry(ProxyLoginModule.class.getName(),
                AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, options) };
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return RANK;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return entries.clone();
    }
}
