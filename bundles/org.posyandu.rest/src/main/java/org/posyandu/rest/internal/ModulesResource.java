package org.posyandu.rest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.posyandu.api.security.RequiresRole;
import org.posyandu.api.security.Role;
import org.posyandu.api.spm.FormDefinition;
import org.posyandu.api.spm.MenuDefinition;
import org.posyandu.api.spm.ModuleRegistry;
import org.posyandu.api.spm.ModuleStatus;

/**
 * The SPM modules present, serving or failed: {@code GET /modules}.
 */
@Component(service = ModulesResource.class)
@JaxrsResource
@JaxrsName(ModulesResource.NAME)
@JSONRequired
@Path("modules")
@Produces(MediaType.APPLICATION_JSON)
public final class ModulesResource {
    static final String NAME = "posyandu.modules";
    private final ModuleRegistry registry;

    @Activate
    public ModulesResource(@Reference ModuleRegistry registry) {
        this.registry = registry;
    }

    @GET
    @RequiresRole(Role.KADER)
    public List<Map<String, Object>> modules() {
        List<Map<String, Object>> result = new ArrayList<>();
        for (ModuleStatus m : registry.modules()) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", m.id());
            out.put("status", m.status());
            if (m.alasan() != null) {
                out.put("alasan", m.alasan());
            }
            if (m.module() != null) {
                out.put("nama", m.module().nama());
                out.put("namaEn", m.module().namaEn());
                out.put("bidang", m.module().bidang());
                out.put("versi", m.module().versi());
                List<Map<String, Object>> menus = new ArrayList<>();
                for (MenuDefinition menu : m.module().menus()) {
                    Map<String, Object> mo = new LinkedHashMap<>();
                    mo.put("id", menu.id());
                    mo.put("nama", menu.nama());
                    mo.put("namaEn", menu.namaEn());
                    mo.put("deskripsi", menu.deskripsi());
                    mo.put("sasaran", menu.sasaran());
                    List<Map<String, Object>> forms = new ArrayList<>();
                    for (FormDefinition f : menu.forms()) {
                        forms.add(Map.of("id", f.id(), "versi", f.version(), "judul", f.title(), "judulEn", f.titleEn()));
                    }
                    mo.put("forms", forms);
                    menus.add(mo);
                }
                out.put("menus", menus);
                out.put("indikator", m.module().indicators());
            }
            result.add(out);
        }
        return result;
    }

}
