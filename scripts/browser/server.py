"""A real static server (python's http.server) serving a folder whose sub/atlas/ is the site,
recording every request so that a request outside the sub-path or a missing file is caught."""
import functools
import http.server
import threading

SUB_PATH = "/sub/atlas/"


class RecordingHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # quiet: requests are recorded, not printed
        pass

    def log_request(self, code="-", size="-"):
        try:
            status = int(code)
        except (TypeError, ValueError):
            status = 0
        self.server.requests.append((self.path, status))


class SubPathServer:
    def __init__(self, root):
        handler = functools.partial(RecordingHandler, directory=str(root))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.requests = []
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def base(self):
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{SUB_PATH}"

    def stray_requests(self):
        """Requests that left the sub-path or found nothing."""
        return [f"{path} -> {code}" for path, code in self.httpd.requests
                if not path.startswith(SUB_PATH) or code >= 400]

    def request_count(self):
        return len(self.httpd.requests)
