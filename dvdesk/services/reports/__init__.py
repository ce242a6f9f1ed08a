"""Report builders: store → neutral documents (``dvdesk.services.documents``), no rendering here.

``award_list``, ``initiative_list``, ``statistics_appendix`` return a Document or DocumentSet that
``dvdesk.services.render.render`` writes as PDF or XLSX; ``export`` does both steps atomically.
"""

from dvdesk.services.reports.awards import award_list
from dvdesk.services.reports.common import export
from dvdesk.services.reports.initiatives import InitiativeListOptions, initiative_list
from dvdesk.services.reports.statistics_report import statistics_appendix

__all__ = ["InitiativeListOptions", "award_list", "export", "initiative_list", "statistics_appendix"]
