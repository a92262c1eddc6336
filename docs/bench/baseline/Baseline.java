// Copied unchanged (apart from this header) from ../shared/bench/baseline/Baseline.java, the project's bare-stack
// yardstick, so that docs/bench/baseline.sh runs from this repository alone.
// Bare-stack baseline for the performance ratio: JDK HTTP server + embedded Derby, durable commit per
// request, same contract as POST /api/v1/posyandu. Not product code: a yardstick that the platform is measured against.
// Run: ../shared/bench/baseline/run.sh PORT DBDIR
import com.sun.net.httpserver.*;
import java.io.*;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.sql.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.regex.*;

public class Baseline {
    static final Pattern FIELD = Pattern.compile("\"(nama|desaKode)\"\\s*:\\s*\"([^\"]*)\"");
    static Set<String> desa = new HashSet<>();
    static BlockingQueue<Connection> pool = new LinkedBlockingQueue<>();

    public static void main(String[] a) throws Exception {
        int port = Integer.parseInt(a[0]);
        String url = "jdbc:derby:" + a[1] + ";create=true";
        for (String l : Files.readAllLines(Path.of(a[2])))
            desa.add(l.split(",", 2)[0]);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            try { s.execute("CREATE TABLE posyandu (id CHAR(36) PRIMARY KEY, nama VARCHAR(200) NOT NULL, desa_kode VARCHAR(13) NOT NULL, UNIQUE (desa_kode, nama))"); }
            catch (SQLException e) { /* exists */ }
        }
        for (int i = 0; i < 16; i++) { Connection c = DriverManager.getConnection(url); c.setAutoCommit(false); pool.add(c); }
        HttpServer srv = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        srv.setExecutor(Executors.newFixedThreadPool(16));
        srv.createContext("/api/v1/health", x -> reply(x, 200, "{\"status\":\"UP\"}"));
        srv.createContext("/api/v1/posyandu", Baseline::create);
        srv.start();
        System.out.println("baseline up on " + port);
    }

    static void create(HttpExchange x) throws IOException {
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> f = new HashMap<>();
        Matcher m = FIELD.matcher(body);
        while (m.find()) f.put(m.group(1), m.group(2));
        String nama = f.get("nama"), kode = f.get("desaKode");
        if (nama == null || nama.isBlank() || kode == null || !desa.contains(kode)) {
            reply(x, 422, "{\"status\":422,\"errors\":[{\"field\":\"desaKode\"}]}"); return;
        }
        String id = UUID.randomUUID().toString();
        Connection c = null;
        try {
            c = pool.take();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO posyandu VALUES (?,?,?)")) {
                p.setString(1, id); p.setString(2, nama); p.setString(3, kode); p.executeUpdate();
            }
            c.commit();
            reply(x, 201, "{\"id\":\"" + id + "\",\"nama\":\"" + nama + "\",\"desaKode\":\"" + kode + "\"}");
        } catch (SQLIntegrityConstraintViolationException e) {
            try { c.rollback(); } catch (SQLException ignored) { }
            reply(x, 409, "{\"status\":409}");
        } catch (Exception e) {
            try { if (c != null) c.rollback(); } catch (SQLException ignored) { }
            reply(x, 500, "{\"status\":500}");
        } finally { if (c != null) pool.add(c); }
    }

    static void reply(HttpExchange x, int code, String json) throws IOException {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.sendResponseHeaders(code, b.length);
        try (OutputStream o = x.getResponseBody()) { o.write(b); }
    }
}
