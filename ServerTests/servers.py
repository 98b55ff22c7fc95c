"""What the server tests and the PostgreSQL load benchmark start: free ports, throwaway
PostgreSQL servers (scripts/postgres), nginx in front of app processes, readiness waits."""
import os
import re
import shutil
import socket
import subprocess
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_postgres():
    """A throwaway PostgreSQL server: (its folder, the URL of its `postgres` database)."""
    started = subprocess.run([os.path.join(ROOT, "scripts", "postgres"), "start"], check=True,
                             capture_output=True, text=True).stdout
    values = dict(re.findall(r"export (\w+)=(\S+)", started))
    return values["REBOUND_PG_DIR"], values["REBOUND_TEST_POSTGRES_URL"]


def stop_postgres(folder):
    subprocess.run([os.path.join(ROOT, "scripts", "postgres"), "stop", folder], check=False)


def create_database(server_url, name):
    """Creates database `name` on the server and returns its URL."""
    subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", server_url, "-c", f"CREATE DATABASE {name}"], check=True)
    return server_url.rsplit("/", 1)[0] + "/" + name


def wait_ready(base, seconds=60):
    """Waits until `base`/readyz answers 200; raises after `seconds`."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(base + "/readyz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{base} did not become ready within {seconds} s")


def nginx_binary():
    found = shutil.which("nginx") or "/usr/sbin/nginx"
    return found if os.path.exists(found) else None


def start_nginx(folder, app_ports, listen_port):
    """Debian's nginx on 127.0.0.1:`listen_port`, round robin over the app processes (no sticky
    sessions, kept-alive upstream connections), telling in `X-Upstream` which one answered.
    Its files live in `folder`; stop it with terminate()."""
    config = os.path.join(folder, "nginx.conf")
    servers = " ".join(f"server 127.0.0.1:{port};" for port in app_ports)
    with open(config, "w") as file:
        file.write(f"""
{"user root;" if os.geteuid() == 0 else ""}
daemon off;
worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  client_body_temp_path {folder}/body;
  proxy_temp_path {folder}/proxy;
  fastcgi_temp_path {folder}/fastcgi;
  uwsgi_temp_path {folder}/uwsgi;
  scgi_temp_path {folder}/scgi;
  upstream rebound {{ {servers} keepalive 64; }}
  server {{
    listen 127.0.0.1:{listen_port};
    location / {{
      proxy_pass http://rebound;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-Proto $scheme;
      add_header X-Upstream $upstream_addr always;
    }}
  }}
}}
""")
    return subprocess.Popen([nginx_binary(), "-c", config, "-e", f"{folder}/nginx-error.log"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
