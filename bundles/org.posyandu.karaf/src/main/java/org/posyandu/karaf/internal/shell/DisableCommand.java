package org.posyandu.karaf.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.posyandu.api.spm.ActivationService;

/** {@code posyandu:disable <kabupaten> <module>}: hides its forms and refuses new submissions; stored data stays. */
@Service
@Command(scope = "posyandu", name = "disable", description = "Disable an SPM module for a kabupaten")
public class DisableCommand implements Action {
    @Reference
    ActivationService activation;

    @Argument(index = 0, name = "kabupaten", required = true, description = "kabupaten/kota code, e.g. 16.71")
    String kabupaten;

    @Argument(index = 1, name = "module", required = true, description = "module id, e.g. sosial")
    String module;

    @Override
    public Object execute() {
        activation.set(ShellCaller.current(), kabupaten, module, false, null);
        System.out.println(module + " tidak aktif di " + kabupaten);
        return null;
    }
}
