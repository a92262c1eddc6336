package org.posyandu.karaf.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.posyandu.api.spm.Activation;
import org.posyandu.api.spm.ActivationService;

/** {@code posyandu:enable <kabupaten> <module> [menu...]}: no menus = all of them. Audited and kept in history. */
@Service
@Command(scope = "posyandu", name = "enable", description = "Enable an SPM module (or some of its menus) for a kabupaten")
public class EnableCommand implements Action {
    @Reference
    ActivationService activation;

    @Argument(index = 0, name = "kabupaten", required = true, description = "kabupaten/kota code, e.g. 16.71")
    String kabupaten;

    @Argument(index = 1, name = "module", required = true, description = "module id, e.g. sosial")
    String module;

    @Argument(index = 2, name = "menus", multiValued = true, description = "menu ids; none = every menu")
    List<String> menus;

    @Override
    public Object execute() {
        Activation a = activation.set(ShellCaller.current(), kabupaten, module, true,
                menus == null || menus.isEmpty() ? null : menus);
        System.out.println(module + " aktif di " + kabupaten + ": " + (a.menus() == null ? "semua menu" : a.menus()));
        return null;
    }
}
