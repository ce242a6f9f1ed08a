"""Files shipped with dvdesk (installed as the package ``dvdesk.resources``): ``fonts/`` (Liberation
Serif, SIL OFL 1.1, for PDFs on machines without Times New Roman) and ``templates/`` (the Excel
import templates). Find them with :func:`dvdesk.paths.resource`."""
