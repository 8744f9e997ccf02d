"""factcheck: claim-level fact-checking and source tracing for newsrooms.

Re-exports only; nothing heavy (torch, sentence-transformers, faiss, bm25s)
is imported until a model or an index is first used.
"""

from factcheck.check import Checker, check
from factcheck.claims import extract_claims
from factcheck.corpus import Corpus
from factcheck.embed import Embedder, SentenceTransformerEmbedder
from factcheck.errors import (
    ConfigError,
    CorpusError,
    FactCheckError,
    IndexCorruptError,
    IndexNotBuiltError,
    InputError,
    LedgerError,
    ModelLoadError,
)
from factcheck.index import Index
from factcheck.model import (
    Assessment,
    Attribution,
    Claim,
    ClaimCheck,
    ClaimKind,
    Document,
    Evidence,
    FactCheck,
    Hit,
    Mismatch,
    Passage,
    Report,
    SourceKind,
    Stance,
    Verdict,
)
from factcheck.policy import Policy, evaluate
from factcheck.verify import assess

__version__ = "0.1.0"

__all__ = [
    "Assessment",
    "Attribution",
    "Checker",
    "Claim",
    "ClaimCheck",
    "ClaimKind",
    "ConfigError",
    "Corpus",
    "CorpusError",
    "Document",
    "Embedder",
    "Evidence",
    "FactCheck",
    "FactCheckError",
    "Hit",
    "Index",
    "IndexCorruptError",
    "IndexNotBuiltError",
    "InputError",
    "LedgerError",
    "Mismatch",
    "ModelLoadError",
    "Passage",
    "Policy",
    "Report",
    "SentenceTransformerEmbedder",
    "SourceKind",
    "Stance",
    "Verdict",
    "assess",
    "check",
    "evaluate",
    "extract_claims",
]
