"""The HTTP API and web pages (FastAPI app factory, routers, auth, Jinja2
templates). Lands with the Service issue; it will call ``auditor.pipeline.Auditor``
like every other way in."""
