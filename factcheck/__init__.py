"""factcheck: claim-level fact-checking and source tracing for newsrooms."""
# (re-exports are filled in as the stages land)
from factcheck.errors import FactCheckError
from factcheck.model import Claim, Report

__all__ = ["Claim", "FactCheckError", "Report"]
