"""dvdesk — quản lý phong trào thi đua "Dân vận khéo"."""

__version__ = "0.1.0"
APP_NAME = "dvdesk"
APP_TITLE = "dvdesk — Dân vận khéo"
