"""smtp_sink.py FOLDER PORT: an SMTP listener on 127.0.0.1:PORT that writes each message it accepts to FOLDER as NNNNN.eml,
with an X-Sink-Rcpt header naming its recipients (python3, standard library only)."""
import socketserver, sys, os, itertools
out, port = sys.argv[1], int(sys.argv[2])
counter = itertools.count(1)
class Session(socketserver.StreamRequestHandler):
    def send(self, line): self.wfile.write((line + "\r\n").encode()); self.wfile.flush()
    def handle(self):
        self.send("220 localhost ESMTP scale-out sink")
        rcpt = []
        while True:
            line = self.rfile.readline()
            if not line: return
            cmd = line.decode("latin-1").strip()
            verb = cmd[:4].upper()
            if verb == "EHLO": self.send("250-localhost"); self.send("250 8BITMIME")
            elif verb == "HELO": self.send("250 localhost")
            elif verb == "MAIL": rcpt = []; self.send("250 OK")
            elif verb == "RCPT": rcpt.append(cmd.split(":", 1)[1].strip().strip("<>")); self.send("250 OK")
            elif verb == "DATA":
                self.send("354 End data with <CR><LF>.<CR><LF>")
                data = []
                while True:
                    l = self.rfile.readline()
                    if not l or l in (b".\r\n", b".\n"): break
                    data.append(l[1:] if l.startswith(b"..") else l)
                n = next(counter)
                tmp = os.path.join(out, "%05d.tmp" % n)
                with open(tmp, "wb") as f:
                    f.write(("X-Sink-Rcpt: " + ",".join(rcpt) + "\r\n").encode()); f.writelines(data)
                os.rename(tmp, tmp[:-4] + ".eml")
                self.send("250 OK: queued")
            elif verb in ("RSET", "NOOP"): self.send("250 OK")
            elif verb == "QUIT": self.send("221 Bye"); return
            else: self.send("502 Command not implemented")
class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True
Server(("127.0.0.1", port), Session).serve_forever()
