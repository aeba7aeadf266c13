package org.threefold.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A plain TCP proxy in front of the shared PostgreSQL server that a test can cut, as if
 * the network or the database went away, without stopping the server other tests use.
 * {@link #cut()} closes every live connection and refuses new ones until
 * {@link #restore()}; {@link #cutWhenClientSends(String)} cuts at the moment the
 * application sends a statement containing some text, so a test can drop the database in
 * the middle of a transaction at a known point (the statement never reaches the server).
 */
public final class CuttableProxy implements AutoCloseable {

	private final ServerSocket server;

	private final String targetHost;

	private final int targetPort;

	private final Set<Socket> live = ConcurrentHashMap.newKeySet();

	private final AtomicInteger cuts = new AtomicInteger();

	private volatile boolean cut;

	private volatile String marker;

	public CuttableProxy(String targetHost, int targetPort) throws IOException {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "cuttable-proxy-" + port());
		acceptor.setDaemon(true);
		acceptor.start();
	}

	public int port() {
		return this.server.getLocalPort();
	}

	/** A JDBC URL for the same database as {@code url}, through this proxy. */
	public String jdbcUrl(String url) {
		return url.replace(this.targetHost + ":" + this.targetPort,
				this.server.getInetAddress().getHostAddress() + ":" + port());
	}

	/** Closes every live connection and refuses new ones. */
	public void cut() {
		this.cut = true;
		this.cuts.incrementAndGet();
		for (Socket socket : this.live) {
			closeQuietly(socket);
		}
		this.live.clear();
	}

	/** Accepts connections again. */
	public void restore() {
		this.marker = null;
		this.cut = false;
	}

	public boolean isCut() {
		return this.cut;
	}

	/** How many times the proxy has been cut, by the test or by a marker. */
	public int cuts() {
		return this.cuts.get();
	}

	/**
	 * Cuts the moment the application sends {@code text} (for example the start of an
	 * insert), before those bytes reach the server.
	 */
	public void cutWhenClientSends(String text) {
		this.marker = text;
	}

	@Override
	public void close() {
		cut();
		closeQuietly(this.server);
	}

	private void accept() {
		while (!this.server.isClosed()) {
			Socket client;
			try {
				client = this.server.accept();
			}
			catch (IOException ex) {
				return;
			}
			if (this.cut) {
				closeQuietly(client);
				continue;
			}
			try {
				Socket upstream = new Socket(this.targetHost, this.targetPort);
				this.live.add(client);
				this.live.add(upstream);
				pump(client, upstream, true);
				pump(upstream, client, false);
			}
			catch (IOException ex) {
				closeQuietly(client);
			}
		}
	}

	private void pump(Socket from, Socket to, boolean fromClient) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16384];
			// The tail of what came before, so a marker split across two reads is found.
			String tail = "";
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) != -1) {
					String watched = this.marker;
					if (fromClient && watched != null) {
						String seen = tail + new String(buffer, 0, read, StandardCharsets.ISO_8859_1);
						if (seen.toLowerCase(java.util.Locale.ROOT)
							.contains(watched.toLowerCase(java.util.Locale.ROOT))) {
							cut();
							return;
						}
						tail = seen.substring(Math.max(0, seen.length() - watched.length()));
					}
					if (this.cut) {
						return;
					}
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// The other side closed, or the proxy was cut.
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				this.live.remove(from);
				this.live.remove(to);
			}
		}, "cuttable-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(java.io.Closeable closeable) {
		try {
			closeable.close();
		}
		catch (IOException ex) {
			// Already closed.
		}
	}

}
