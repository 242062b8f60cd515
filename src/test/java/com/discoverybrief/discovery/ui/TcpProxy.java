package com.discoverybrief.discovery.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A database's network connection the test can break: forwards every connection to the database
 * until {@link #cut()} closes them all and refuses new ones — what the application sees when the
 * database goes down — and {@link #restore()} lets connections through again.
 */
final class TcpProxy implements AutoCloseable {

    private final String backendHost;
    private final int backendPort;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;
    private volatile boolean frozen;

    private TcpProxy(String backendHost, int backendPort, int port) {
        this.backendHost = backendHost;
        this.backendPort = backendPort;
        this.port = port;
    }

    static TcpProxy to(String host, int port) {
        int free;
        try (ServerSocket probe = new ServerSocket(0)) {
            free = probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TcpProxy proxy = new TcpProxy(host, port, free);
        proxy.restore();
        return proxy;
    }

    int port() {
        return port;
    }

    /** The database is gone: every open connection breaks, new ones are refused. */
    synchronized void cut() {
        try {
            if (listener != null) {
                listener.close();
                listener = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    /**
     * The network drops every packet: connections stay open, nothing goes through either way — the
     * hardest outage, where only a timeout on the socket notices.
     */
    void freeze() {
        frozen = true;
    }

    /** The database is back. */
    synchronized void restore() {
        frozen = false;
        if (listener != null) {
            return;
        }
        try {
            ServerSocket socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
            socket.setReuseAddress(true);
            listener = socket;
            Thread acceptor = new Thread(() -> accept(socket), "tcp-proxy-" + port);
            acceptor.setDaemon(true);
            acceptor.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket backend = new Socket(backendHost, backendPort);
                open.add(client);
                open.add(backend);
                pipe(client, backend);
                pipe(backend, client);
            } catch (IOException e) {
                // the listener was closed by cut(), or the database refused: the client sees a break
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    while (frozen && !from.isClosed()) {
                        Thread.sleep(50);
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // one side broke: break the other too
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "tcp-proxy-pipe");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (SocketException e) {
            // already closed
        } catch (IOException e) {
            // nothing more to do
        }
    }

    @Override
    public void close() {
        cut();
    }
}
