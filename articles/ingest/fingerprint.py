"""A stable hash of what the pipeline extracted, to tell an unchanged source from an updated one."""

import hashlib
import json
from dataclasses import asdict

from articles.pipeline import ParsedArticle

# The outlet is compared once resolved (``loader``): the same page names its site by declared name
# before the archive knows the site and by its domain after, and both are the same outlet.
NOT_FINGERPRINTED = {"source", "raw", "outlet", "outlet_signature", "outlet_domain", "outlet_source"}


def fingerprint(parsed: ParsedArticle) -> str:
    content = {key: value for key, value in asdict(parsed).items() if key not in NOT_FINGERPRINTED}
    content["raw_digest"] = hashlib.sha256(parsed.raw.encode("utf-8", "surrogatepass")).hexdigest()
    encoded = json.dumps(content, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(encoded.encode("utf-8", "surrogatepass")).hexdigest()
