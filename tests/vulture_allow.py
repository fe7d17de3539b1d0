# Names vulture reports as unused that are used by a framework, not by our code.
# (Read by tests/test_dead_code.py; not a test module.)
_.is_sent_start  # spaCy reads the sentence starts we set on tokens (analysis/doc/nlp.py)
_.forward  # torch modules are called through __call__ (analysis/extract/targeted/strong.py)
_.idempotent  # Dask worker-plugin API (analysis/corpus/cluster.py)
_.setup  # Dask worker-plugin API
worker  # the argument Dask passes to WorkerPlugin.setup
filter_key  # part of a Streamlit cache key, never read inside the function (dashboard/loading.py)
identity_note  # a record field filled through the tables' columns (analysis/corpus/identity/apply.py)
entity_id  # a record field filled through the tables' columns too (Mention, Entity; the identity step)
_.__path__  # the import system reads a package's __path__ (analysis/doc/pattern.py's stand-in for textblob)
_.create_module  # importlib's Loader API (analysis/spacy_cli_deferred.py's stand-ins)
_.__class__  # spaCy calls a component through its class: the per-form lemmatizer's subclass (analysis/doc/lemmas.py)
