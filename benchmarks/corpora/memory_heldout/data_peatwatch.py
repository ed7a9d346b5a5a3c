"""peatwatch: notebooks + DVC pipeline forecasting peat-bog water tables from field loggers."""
from authoring import Project

P = Project("peatwatch", "peat", "~/ds/peatwatch")

# =====================================================================
# paraphrase
# =====================================================================
P.note("peat.brown", 13,
       "Logger P7 reports 0.0 m whenever its battery browns out, which looked like the bog flooding to the "
       "surface. Drop zeros that coincide with supply < 3.3 V instead of treating them as high water.")
P.note("peat.brown.d", 15,
       "Field station P3 is genuinely waterlogged every March - the ground is soft, bring waders and don't "
       "park on the verge.")
P.q("paraphrase", "Why did one field station claim the ground was completely waterlogged when it wasn't?",
    ["peat.brown"], distractors=["peat.brown.d"],
    note="The note explains the false 0.0 m readings from a browning-out logger.")

P.commit("peat.split", 21,
         "Time-based split: train up to 2021, validate on 2022; random KFold leaked future rainfall into training",
         ["M src/peatwatch/split.py", "M params.yaml", "M dvc.yaml"])
P.note("peat.split.d", 25,
       "Scores look suspiciously good for P2 even after the change - least variance of all stations, the model "
       "basically predicts the mean there.", cli=True)
P.q("paraphrase", "Why did the model's scores look suspiciously good before we changed how rows get partitioned?",
    ["peat.split"], distractors=["peat.split.d"],
    note="Random K-fold leaked future weather into training; the commit switches to a time-based split.")

P.chat("peat.push", 28,
       "User: dvc push to the lab MinIO keeps stalling around 60% with read timeouts.\n"
       "Assistant: Lower the parallelism and raise the timeout: `dvc remote modify minio jobs 4` and "
       "`dvc remote modify minio read_timeout 300`. Smaller objects help too - split the raw logs per station "
       "per year instead of one big parquet.")
P.note("peat.push.d", 29,
       "Uploads of tracked datasets to the rangers' SharePoint hang partway for anything over 100 MB - ask IT "
       "or send a link instead.")
P.q("paraphrase", "How did we stop uploads of the tracked datasets from hanging partway?",
    ["peat.push"], distractors=["peat.push.d"],
    note="The chat fixes stalled dvc push with fewer jobs, a longer timeout and smaller files.")

P.edit("peat.api", 35, "notebooks/03_features.ipynb",
       "Add an antecedent precipitation index: 7-day exponentially decayed rainfall (k = 0.85) per station.")
P.note("peat.api.d", 36,
       "Input from the rangers: the preceding week was wet everywhere, dip wells overflowed at P4.")
P.q("paraphrase", "Which input captures how wet the preceding week was?",
    ["peat.api"], distractors=["peat.api.d"],
    note="The antecedent precipitation index is a decayed 7-day rainfall sum.")

P.note("peat.strip", 41,
       "nbstripout installed as a pre-commit hook: cell outputs never land in git any more; notebook diffs "
       "went from ~4 MB to ~30 KB.")
P.note("peat.strip.d", 42,
       "Repository history: raw logger CSVs from 2019 were committed by mistake early on. They're small, "
       "leave them rather than rewrite history.")
P.q("paraphrase", "How did we keep the repository history small when saving analyses?",
    ["peat.strip"], distractors=["peat.strip.d"],
    note="Stripping notebook outputs before commit keeps the repo small.")

P.commit("peat.clip", 48,
         "Clip water-table predictions to [-120, +5] cm; the model extrapolated to -300 cm during the drought",
         ["M src/peatwatch/predict.py", "M params.yaml"])
P.note("peat.clip.d", 47,
       "Dry spells: rangers say the deep levels last summer damaged the north dome; they'd like an early "
       "warning when that starts.")
P.q("paraphrase", "What stops the forecaster from inventing impossibly deep levels in dry spells?",
    ["peat.clip"], distractors=["peat.clip.d"],
    note="Predictions are clipped to a physical range after the drought extrapolation.")

P.note("peat.report", 54,
       "Stakeholder report: RMSE in centimetres means nothing to the rangers - headline the share of days the "
       "bog is too dry for sphagnum (water table below -25 cm).")
P.note("peat.report.d", 53,
       "Site wardens want the accuracy score for each station in the appendix, one number per station, "
       "nothing fancier.")
P.q("paraphrase", "What number do the site wardens actually want to see in place of our accuracy score?",
    ["peat.report"], distractors=["peat.report.d"],
    note="The note replaces RMSE with the share of too-dry days for the rangers.")

# =====================================================================
# command_fact
# =====================================================================
P.sh("peat.endpoint.d", 2, "dvc remote add -d minio s3://peat-dvc/store",
     "Setting 'minio' as a default remote.")
P.sh("peat.endpoint", 2, "dvc remote modify minio endpointurl http://minio.lab.example.com:9000")
P.q("command_fact", "What's the address of the lab object store that the data cache pushes to?",
    ["peat.endpoint"], keys=["minio.lab.example.com:9000"], distractors=["peat.endpoint.d"],
    note="The dvc remote modify command sets the MinIO endpoint URL.")

P.sh("peat.mdiff", 44, "dvc metrics diff main",
     "Path          Metric    main    workspace    Change\n"
     "metrics.json  mae_cm    6.02    5.11         -0.91\n"
     "metrics.json  rmse_cm   8.91    7.36         -1.55")
P.sh("peat.mdiff.d", 44, "dvc metrics show",
     "Path          mae_cm    rmse_cm\nmetrics.json  5.11      7.36")
P.q("command_fact", "By how much did the RMSE improve over main the last time I compared?",
    ["peat.mdiff"], keys=["-1.55"], distractors=["peat.mdiff.d"],
    note="dvc metrics diff shows rmse_cm change -1.55 against main.")

P.sh("peat.cov", 16,
     "papermill notebooks/02_clean.ipynb out/02_clean_P4.ipynb -p station P4 -p min_coverage 0.8",
     "Input Notebook:  notebooks/02_clean.ipynb\nOutput Notebook: out/02_clean_P4.ipynb\n"
     "Executing: 100%|██████████| 23/23 [00:41<00:00,  1.80s/cell]")
P.sh("peat.cov.d", 16, "papermill notebooks/02_clean.ipynb out/02_clean_all.ipynb",
     "Input Notebook:  notebooks/02_clean.ipynb\nOutput Notebook: out/02_clean_all.ipynb\n"
     "Executing: 100%|██████████| 23/23 [03:12<00:00,  8.37s/cell]")
P.q("command_fact", "What data completeness threshold did I pass when running the cleaning notebook for one site?",
    ["peat.cov"], keys=["min_coverage 0.8"], distractors=["peat.cov.d"],
    note="papermill was run with -p min_coverage 0.8 for station P4.")

P.sh("peat.lock", 37, "mamba env export --no-builds > environment.lock.yml")
P.sh("peat.lock.d", 37, "mamba env export > /tmp/env_full.yml")
P.q("command_fact", "How did I freeze the environment without the platform-specific build strings?",
    ["peat.lock"], keys=["--no-builds"], distractors=["peat.lock.d"],
    note="mamba env export --no-builds drops the build strings.")

P.sh("peat.gc", 50, "dvc gc -w -c -r gcs",
     "WARNING: This will remove all cache except items used in the workspace of the current repo.\n"
     "Removed 214 objects from remote.")
P.sh("peat.gc.d", 50, "dvc gc -w",
     "WARNING: This will remove all cache except items used in the workspace of the current repo.\n"
     "Removed 37 files from local cache.")
P.q("command_fact", "How many old files did the cleanup delete from the cloud store?",
    ["peat.gc"], keys=["214 objects"], distractors=["peat.gc.d"],
    note="dvc gc -c on the gcs remote reports 214 objects removed.")

P.commit("peat.p9", 30, "Add station P9 (Blackmoss) to stations.yaml and the ingest stage",
         ["M stations.yaml", "M dvc.yaml", "M dvc.lock"])
P.note("peat.p9.d", 31,
       "New logger site paperwork: landowner consent signed, grazing tenant informed, logger serial noted in "
       "visits.csv.")
P.q("command_fact", "What's the name of the logger site we added most recently?",
    ["peat.p9"], keys=["Blackmoss"], distractors=["peat.p9.d"],
    note="The commit adds station P9, Blackmoss.")

# =====================================================================
# knowledge_update
# =====================================================================
P.note("peat.model.1", 4, "Baseline model: random forest (sklearn, 300 trees) on lagged rainfall and ET.")
P.commit("peat.model.2", 19, "Switch the model to LightGBM: 5x faster and better on long dry spells",
         ["M src/peatwatch/train.py", "M params.yaml", "M environment.yml"])
P.commit("peat.model.3", 45,
         "LightGBM with the quantile objective: predict p10/p50/p90 instead of a point estimate",
         ["M src/peatwatch/train.py", "M src/peatwatch/predict.py", "M params.yaml"])
P.q("knowledge_update", "What model does the water-table forecast use?",
    ["peat.model.3"], outdated=["peat.model.1", "peat.model.2"],
    note="Random forest -> LightGBM -> LightGBM quantile (day 45).")

P.note("peat.res.1", 7, "Resample all loggers to hourly means before building features.")
P.commit("peat.res.2", 26,
         "Resample loggers to daily means; hourly was too noisy and the ranger report is daily anyway",
         ["M src/peatwatch/clean.py", "M params.yaml", "M dvc.lock"])
P.q("knowledge_update", "At what time resolution are the logger series aggregated?",
    ["peat.res.2"], outdated=["peat.res.1"],
    note="Hourly until day 26, then daily.")

P.note("peat.remote.1", 2, "DVC remote: MinIO bucket on the lab server, remote name 'minio', set as default.")
P.commit("peat.remote.2", 39,
         "Move the default DVC remote to GCS (gs://peat-dvc); the lab server is being decommissioned",
         ["M .dvc/config"])
P.q("knowledge_update", "Where does dvc push send our data?",
    ["peat.remote.2"], outdated=["peat.remote.1"],
    project=None,
    note="MinIO on the lab server until day 39, then GCS.")

P.commit("peat.hor.1", 10, "Forecast horizon: 7 days ahead (horizon_days in params)",
         ["M params.yaml", "M src/peatwatch/features.py"])
P.note("peat.hor.2", 34,
       "Forecast horizon is 14 days now - the rangers plan grazing two weeks out, 7 days was too short.")
P.q("knowledge_update", "How many days ahead does the forecast look?",
    ["peat.hor.2"], outdated=["peat.hor.1"],
    note="7 days until day 34, then 14.")

P.note("peat.gap.1", 9, "Gap filling: linear interpolation for gaps up to 6 h; longer gaps stay NaN.")
P.note("peat.gap.2", 29,
       "Gap filling: interpolate gaps up to 12 h now (with daily resampling 6 h was too strict); a longer gap "
       "drops the whole day.", cli=True)
P.q("knowledge_update", "How long a hole in the logger data do we interpolate across?",
    ["peat.gap.2"], outdated=["peat.gap.1"],
    note="Max interpolated gap went from 6 h to 12 h on day 29.")

P.commit("peat.py.1", 1, "environment.yml: python=3.10, pandas, scikit-learn, jupyterlab, dvc[s3]",
         ["A environment.yml"])
P.commit("peat.py.2", 36, "Bump the environment to python=3.11 (numba wheels finally available)",
         ["M environment.yml"])
P.q("knowledge_update", "Which Python version is the project environment on?",
    ["peat.py.2"], outdated=["peat.py.1"],
    note="3.10 at the start, 3.11 from day 36.")

# =====================================================================
# first_attempt
# =====================================================================
P.commit("peat.nb.1", 0, "explore.ipynb: first look at the logger data, everything in one notebook",
         ["A notebooks/explore.ipynb", "A README.md"])
P.commit("peat.nb.2", 11,
         "Split explore.ipynb into numbered notebooks 01_ingest..04_train and add dvc.yaml stages",
         ["D notebooks/explore.ipynb", "A notebooks/01_ingest.ipynb", "A notebooks/02_clean.ipynb",
          "A notebooks/03_features.ipynb", "A notebooks/04_train.ipynb", "A dvc.yaml"])
P.q("first_attempt", "How was the analysis organised at the very start?",
    ["peat.nb.1"], outdated=["peat.nb.2"],
    note="One explore.ipynb on day 0; split into numbered notebooks + DVC stages on day 11.")

P.note("peat.wx.1", 5,
       "Weather input v1: daily CSV from the nearest Met station, downloaded by hand every Monday.")
P.note("peat.wx.2", 17,
       "Weather input: ERA5-Land via cdsapi (hourly precipitation, 2 m temperature, evaporation), pulled in "
       "the ingest stage. No more hand downloads.")
P.q("first_attempt", "Where did the rainfall data come from originally?",
    ["peat.wx.1"], outdated=["peat.wx.2"],
    note="Hand-downloaded Met station CSV first; ERA5-Land from day 17.")

P.commit("peat.out.1", 8, "Outlier removal: drop points with |z| > 3 per station",
         ["M src/peatwatch/clean.py"])
P.commit("peat.out.2", 25,
         "Outliers: Hampel filter (rolling median, window 7, 3 MAD) instead of global z-scores",
         ["M src/peatwatch/clean.py", "M params.yaml"])
P.q("first_attempt", "What outlier rule did we start with?",
    ["peat.out.1"], outdated=["peat.out.2"],
    project=None,
    note="z-score > 3 on day 8; Hampel filter on day 25.")

P.note("peat.track.1", 14,
       "Experiment log: runs.xlsx on the shared drive, one row per run with params and RMSE.", cli=True)
P.commit("peat.track.2", 23, "Track runs in MLflow (local file store, ./mlruns)",
         ["M src/peatwatch/train.py", "M environment.yml", "M .gitignore"])
P.commit("peat.track.3", 43, "Use dvc exp run for experiments; drop MLflow",
         ["M src/peatwatch/train.py", "M environment.yml", "M dvc.yaml"])
P.q("first_attempt", "Before MLflow, how were we recording experiment runs?",
    ["peat.track.1"], outdated=["peat.track.2", "peat.track.3"],
    note="A spreadsheet first (day 14); MLflow day 23; DVC experiments day 43.")

P.note("peat.imp.1", 20, "Feature importance: LightGBM's built-in gain ranking, top 15 in the train notebook.")
P.note("peat.imp.2", 32,
       "Feature importance: SHAP summary plots in 05_explain.ipynb. The gain ranking was misleading for the "
       "correlated rainfall lags.")
P.q("first_attempt", "How did we first rank which features matter?",
    ["peat.imp.1"], outdated=["peat.imp.2"],
    note="Built-in gain first; SHAP from day 32.")

P.note("peat.dash.1", 22,
       "Reporting v1: matplotlib PNGs exported from the notebook and emailed to the rangers every Monday.")
P.commit("peat.dash.2", 46,
         "Streamlit app (app/dashboard.py) with a station picker and the 14-day forecast band",
         ["A app/dashboard.py", "M environment.yml"])
P.q("first_attempt", "How were results first shared with the rangers?",
    ["peat.dash.1"], outdated=["peat.dash.2", "peat.report"],
    note="Emailed PNGs first (day 22); Streamlit on day 46; the stakeholder-report note on day 54 is later too.")

# =====================================================================
# fillers
# =====================================================================
P.cmd("dvc repro", w=4, lo=11)
P.cmd("dvc repro",
      "Stage 'ingest' didn't change, skipping\nStage 'clean' didn't change, skipping\n"
      "Running stage 'features':\n> python -m peatwatch.features\nRunning stage 'train':\n"
      "> python -m peatwatch.train\nUpdating lock file 'dvc.lock'", lo=11, w=2)
P.cmd("dvc repro",
      "ERROR: failed to reproduce 'clean': output 'data/interim/clean.parquet' does not exist", exit=255, lo=11, hi=30)
P.cmd("dvc status", w=2, lo=11)
P.cmd("dvc status", "Data and pipelines are up to date.", lo=11)
P.cmd("dvc pull", w=2, lo=2)
P.cmd("dvc push -r minio", lo=2, hi=38, w=2)
P.cmd("dvc push -r gcs", lo=39, w=2)
P.cmd("dvc dag", lo=11)
P.cmd("dvc exp show --only-changed", lo=43)
P.cmd("dvc exp run -S train.num_leaves=63", lo=43)
P.cmd("jupyter lab --no-browser", w=3)
P.cmd("mamba activate peatwatch", w=2)
P.cmd("mamba env update -f environment.yml --prune")
P.cmd("pytest tests/ -q", "12 passed in 3.41s", lo=8)
P.cmd("pytest tests/ -q", lo=8)
P.cmd("pre-commit run --all-files", lo=41)
P.cmd("git status", w=3)
P.cmd("git pull --rebase")
P.cmd("git log --oneline -6")
P.cmd("python -m peatwatch.ingest --station P4", lo=11)
P.cmd("ls data/raw | wc -l", "46")
P.cmd("du -sh .dvc/cache", "3.2G\t.dvc/cache", lo=5)
P.cmd("mlflow ui --backend-store-uri ./mlruns", lo=23, hi=42)
P.cmd("streamlit run app/dashboard.py", lo=46)
P.cmd("head -3 data/raw/P4_2023.csv",
      "timestamp,level_m,temp_c,batt_v\n2023-01-01 00:00,-0.142,4.1,3.61\n2023-01-01 01:00,-0.143,4.0,3.61")
P.cmd("python -c \"import lightgbm; print(lightgbm.__version__)\"", "4.3.0", lo=19)
P.cmd("code .")

P.commit(None, None, "stations.yaml with coordinates and install dates for P1-P8", ["A stations.yaml"], lo=2, hi=10)
P.commit(None, None, "Lagged rainfall features (1, 3, 7, 14 days)", ["M src/peatwatch/features.py"], lo=12)
P.commit(None, None, "Evapotranspiration proxy from temperature (Hargreaves)", ["M src/peatwatch/features.py"], lo=18)
P.commit(None, None, "Unit tests for the clean stage", ["A tests/test_clean.py"], lo=9)
P.commit(None, None, "params.yaml: move hard-coded thresholds out of notebooks", ["A params.yaml", "M notebooks/explore.ipynb"], lo=8, hi=9)
P.commit(None, None, "Plot helper: observed vs predicted per station", ["A src/peatwatch/plots.py"], lo=15)
P.commit(None, None, "README: how to get data (dvc pull) and run the pipeline", ["M README.md"], lo=12)
P.commit(None, None, "Add evaluate stage writing metrics.json", ["M dvc.yaml", "A src/peatwatch/evaluate.py"], lo=14)
P.commit(None, None, "Per-station residual plots in 04_train", ["M notebooks/04_train.ipynb"], lo=20)
P.commit(None, None, "Drop the 2019 pilot data from training", ["M params.yaml", "M dvc.lock"], lo=24)
P.commit(None, None, "Rerun pipeline after logger download", ["M dvc.lock"], lo=12, hi=28)
P.commit(None, None, "Rerun pipeline after logger download", ["M dvc.lock"], lo=30)
P.commit(None, None, "Seasonal features: day-of-year sin/cos", ["M src/peatwatch/features.py"], lo=33)

P.chat(None, None,
       "User: pandas resample drops my station column\n"
       "Assistant: Resample inside a groupby: df.set_index('timestamp').groupby('station').resample('1D')"
       ".mean(numeric_only=True), then reset_index.", lo=7)
P.chat(None, None,
       "User: how do I make a dvc stage depend on only one key in params.yaml?\n"
       "Assistant: List it under params: in the stage, e.g. params: - train.num_leaves; the stage only reruns "
       "when that key changes.", lo=11)
P.chat(None, None,
       "User: LightGBM warns 'No further splits with positive gain'\n"
       "Assistant: Harmless on small stations; raise min_data_in_leaf or drop near-constant features to "
       "silence it.", via="cursor", lo=19)
P.chat(None, None,
       "User: what's a sensible way to plot a forecast band?\n"
       "Assistant: fill_between the lower and upper quantiles with alpha 0.3 and draw the median on top.", lo=45)
P.chat(None, None,
       "User: cdsapi requests queue for hours\n"
       "Assistant: Ask for one month per request and only the variables you need; the CDS queue favours "
       "small requests.", lo=17)

P.note(None, None, "Site visit list: P1-P4 monthly, P5-P8 quarterly; dip-meter readings go in visits.csv.", lo=3)
P.note(None, None, "Rangers meeting moved to Thursdays 10:00.", cli=True, lo=12)
P.note(None, None, "Idea: use Sentinel-2 moisture index as a spatial feature. Later.", lo=24)
P.note(None, None, "Paper draft outline: data, methods, quantile forecasts, ranger use.", lo=48)

P.edit(None, None, "src/peatwatch/clean.py", "Vectorise the per-station loop.", lo=9)
P.edit(None, None, "params.yaml", "Group thresholds under clean: and train: sections.", lo=12, hi=20)
P.edit(None, None, "notebooks/04_train.ipynb", "Add a cell comparing each station's baseline.", via="cursor", lo=19)
P.edit(None, None, "dvc.yaml", "Add metrics: metrics.json to the evaluate stage.", lo=14)
P.file(None, None, "dvc.yaml",
       "stages:\n  ingest:\n    cmd: python -m peatwatch.ingest\n    outs: [data/raw]\n  clean:\n"
       "    cmd: python -m peatwatch.clean\n    deps: [data/raw]\n    outs: [data/interim/clean.parquet]",
       lo=12, hi=29)
