"""Logs analyse well with Inspect's data frames: one numeric column per per-sample figure."""

import pandas as pd
from inspect_ai.analysis import evals_df, samples_df

from salessim_inspect.scorers import SCORERS
from tests.support import fixture_task, run


def test_samples_df_has_a_numeric_column_per_figure(fixture_data, tmp_path):
    log = run(fixture_task(fixture_data, images=False, max_turns=4), log_dir=tmp_path)
    assert log.status == "success", log.error
    samples = samples_df(log.location)
    for factory in SCORERS:
        column = f"score_{factory.__name__}"
        assert column in samples.columns, column
        assert pd.api.types.is_numeric_dtype(samples[column]), (column, samples[column].dtype)
    assert set(samples["score_decision_alignment"].dropna()) <= {0, 1}
    assert samples["metadata_category"].eq(fixture_data.category).all()

    evals = evals_df(log.location)
    assert "score_decision_alignment_accuracy" in evals.columns
    assert evals["score_decision_alignment_accuracy"].iloc[0] == samples["score_decision_alignment"].mean()
