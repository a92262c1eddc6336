package org.posyandu.karaf.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.posyandu.api.spm.Activation;
import org.posyandu.api.spm.ActivationService;
import org.posyandu.api.spm.ModuleRegistry;
import org.posyandu.api.spm.ModuleStatus;

/** {@code posyandu:modules [--kabupaten 16.71]}: the SPM modules present, and their activation in a kabupaten. */
@Service
@Command(scope = "posyandu", name = "modules", description = "SPM modules present (and enabled for a kabupaten)")
public class ModulesCommand implements Action {
    @Reference
    ModuleRegistry registry;

    @Reference
    ActivationService activation;

    @Option(name = "--kabupaten", aliases = "-k", description = "kabupaten/kota code, e.g. 16.71")
    String kabupaten;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Modul");
        table.column("Status");
        table.column("Versi");
        table.column("Menu");
        if (kabupaten != null) {
            table.column("Aktif di " + kabupaten);
        }
        for (ModuleStatus m : registry.modules()) {
            var row = table.addRow();
            row.addContent(m.id(), m.status(), m.module() == null ? "-" : m.module().versi(),
                    m.module() == null ? m.alasan() : String.join(", ",
                            m.module().menus().stream().map(x -> x.id()).toList()));
            if (kabupaten != null) {
                Activation a = activation.forKabupaten(ShellCaller.current(), kabupaten).stream()
                        .filter(x -> x.moduleId().equals(m.id())).findFirst().orElse(null);
                row.addContent(a == null ? "-" : !a.enabled() ? "tidak" : a.menus() == null ? "semua menu"
                        : String.join(", ", a.menus()));
            }
        }
        table.print(System.out);
        return null;
    }
}
