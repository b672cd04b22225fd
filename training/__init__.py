"""Training of the models the archive ships, kept out of the runtime package.

Each script reads the development corpora in ``../shared/`` (``DISPATCHES_SHARED_DIR`` elsewhere),
runs from the repository root as ``python -m training.NAME`` and writes its weights into
``articles/pipeline/``: ``line_model`` the text-dump line scorer and headline ranker
(``textdump/line_model.json``), ``attribution`` the quotation ranker (``quotes/ranking/weights.json``).
The archive only reads those files; nothing under ``articles/`` imports this package.
"""
