"""Training scripts for the targeted-sentiment models (need ``../shared/eval/newsmtsc`` and
scikit-learn, plus the ``transformer`` extra for the strong tier). Not used at run time."""
