"""Everyday part: 45 research-computing container kinds x 4 records, common secret types."""
import random
from common import spec, password, rs, B62, B64, filler, fill

SEED = 4101

# type -> (shape function, env key, human label, wrapper(prefix, suffix) for DSN types)
def _dsn(scheme, port):
    return lambda f: ('%s://%s:' % (scheme, f['user']), '@%s:%d/%s' % (f['host'], port, f['proj'].replace('-', '_')))

TYPES = {
    'aws_secret_access_key': (lambda r: rs(r, B64, 40), 'AWS_SECRET_ACCESS_KEY', 'AWS secret access key', None),
    'database_password': (lambda r: password(r), 'DB_PASSWORD', 'database password', None),
    'postgres_url_password': (lambda r: password(r), 'DATABASE_URL', 'Postgres URL', _dsn('postgresql', 5432)),
    'mysql_url_password': (lambda r: password(r), 'MYSQL_URL', 'MySQL URL', _dsn('mysql', 3306)),
    'redis_url_password': (lambda r: password(r), 'REDIS_URL', 'Redis URL', lambda f: ('redis://:', '@%s:6379/0' % f['host'])),
    'smtp_password': (lambda r: password(r), 'SMTP_PASSWORD', 'SMTP password', None),
    'github_classic_pat': (lambda r: spec(r, 'ghp_{b62:36}'), 'GITHUB_TOKEN', 'GitHub token', None),
    'gitlab_personal_access_token': (lambda r: spec(r, 'glpat-{b62:20}'), 'GITLAB_TOKEN', 'GitLab token', None),
    'huggingface_access_token': (lambda r: spec(r, 'hf_{b62:34}'), 'HF_TOKEN', 'Hugging Face token', None),
    'openai_project_api_key': (lambda r: spec(r, 'sk-proj-{b62:48}T3BlbkFJ{b62:48}'), 'OPENAI_API_KEY', 'OpenAI key', None),
    'anthropic_api_key': (lambda r: spec(r, 'sk-ant-api03-{b64u:93}AA'), 'ANTHROPIC_API_KEY', 'Anthropic key', None),
    'google_gemini_api_key': (lambda r: spec(r, 'AIza{b64u:35}'), 'GEMINI_API_KEY', 'Gemini API key', None),
    'slack_bot_token': (lambda r: spec(r, 'xoxb-{dig:11}-{dig:13}-{b62:24}'), 'SLACK_BOT_TOKEN', 'Slack bot token', None),
    'sendgrid_api_key': (lambda r: spec(r, 'SG.{b64u:22}.{b64u:43}'), 'SENDGRID_API_KEY', 'SendGrid key', None),
    'jwt_signing_secret': (lambda r: rs(r, B62, 48), 'JWT_SECRET', 'JWT signing secret', None),
    'twilio_auth_token': (lambda r: spec(r, '{hex:32}'), 'TWILIO_AUTH_TOKEN', 'Twilio auth token', None),
    'stripe_live_secret_key': (lambda r: spec(r, 'sk_live_51{b62:97}'), 'STRIPE_SECRET_KEY', 'Stripe live key', None),
    'telegram_bot_token': (lambda r: spec(r, '{dig:10}:AA{b64u:33}'), 'TELEGRAM_BOT_TOKEN', 'Telegram bot token', None),
}

# 45 container kinds: template with {K} env key, {H} human label, {V} the value slot, fillers.
KINDS = {
 'slurm_sbatch_job_script': '#!/bin/bash\n#SBATCH --job-name={proj}\n#SBATCH --partition={part}\n#SBATCH --time=12:00:00\nmodule load python/3.11\nexport {K}={V}\nsrun python train.py --config configs/{proj}.yaml\n',
 'pbs_torque_job_script': '#!/bin/bash\n#PBS -N {proj}\n#PBS -l nodes=1:ppn=16,walltime=04:00:00\n#PBS -q {part}\ncd $PBS_O_WORKDIR\n{K}="{V}" ./run_pipeline.sh\n',
 'lsf_bsub_submission_file': '#BSUB -J {proj}\n#BSUB -n 8\n#BSUB -W 06:00\n#BSUB -o logs/%J.out\nexport {K}={V}\nmpirun ./solver input.nml\n',
 'htcondor_submit_description_file': 'universe   = vanilla\nexecutable = run_{proj}.sh\nenvironment = "{K}={V} OMP_NUM_THREADS=4"\nrequest_cpus = 4\nrequest_memory = 8GB\nqueue 50\n',
 'snakemake_workflow_config_yaml': 'samples: config/samples.tsv\nreference: /refs/GRCh38.fa\nupload:\n  bucket: {proj}-results\n  {k}: "{V}"\nthreads: 16\n',
 'nextflow_pipeline_config_file': "params {{\n  outdir = 'results/{proj}'\n  genome = 'GRCm39'\n}}\nenv {{\n  {K} = '{V}'\n}}\nprocess.executor = 'slurm'\n",
 'cwl_job_order_yaml': 'reads_1:\n  class: File\n  path: data/{proj}_R1.fastq.gz\nthreads: 8\n{k}: {V}\n',
 'wdl_workflow_inputs_json': '{{\n  "Align.sample_name": "{proj}-S{num}",\n  "Align.{k}": "{V}",\n  "Align.cpu": 8\n}}\n',
 'apptainer_definition_file': 'Bootstrap: docker\nFrom: ubuntu:22.04\n\n%environment\n    export {K}={V}\n    export LC_ALL=C\n\n%runscript\n    exec python /opt/{proj}/main.py "$@"\n',
 'spack_environment_yaml': 'spack:\n  specs: [hdf5+mpi, netcdf-fortran, py-numpy]\n  view: true\n  env_vars:\n    set:\n      {K}: "{V}"\n',
 'easybuild_easyconfig_file': "name = '{proj}'\nversion = '1.4.2'\ntoolchain = {{'name': 'foss', 'version': '2023a'}}\nmodextravars = {{'{K}': '{V}'}}\nmoduleclass = 'bio'\n",
 'conda_environment_yaml': 'name: {proj}\nchannels: [conda-forge, bioconda]\ndependencies:\n  - python=3.11\n  - snakemake\nvariables:\n  {K}: {V}\n',
 'tcl_environment_modulefile': '#%Module1.0\nproc ModulesHelp {{ }} {{ puts stderr "{proj} tools" }}\nmodule-whatis "{proj} analysis stack"\nprepend-path PATH /opt/{proj}/bin\nsetenv {K} {V}\n',
 'fortran_namelist_input_file': "&run_control\n  nsteps = 20000,\n  dt = 0.5,\n  output_dir = '/scratch/{user}/{proj}',\n  {k} = '{V}'\n/\n",
 'stata_do_file_header': '* {proj} cleaning script, {name}\nclear all\nset more off\nglobal {K} "{V}"\nuse "data/raw/{proj}.dta", clear\n',
 'sas_autoexec_program': "/* autoexec for {proj} */\noptions nocenter ls=120;\n%let {K} = {V};\nlibname raw '/data/{proj}/raw';\n",
 'spss_syntax_job': "* {proj} survey export.\nDEFINE !{k} () '{V}' !ENDDEFINE.\nGET FILE='/data/{proj}/wave2.sav'.\nFREQUENCIES VARIABLES=q1 TO q12.\n",
 'octave_startup_octaverc': "% ~/.octaverc for {user}\npkg load signal\nsetenv('{K}', '{V}');\naddpath('~/code/{proj}');\n",
 'mathematica_init_m_file': '(* init.m, {name} *)\nSetDirectory["/home/{user}/{proj}"];\nSetEnvironment["{K}" -> "{V}"];\n$HistoryLength = 10;\n',
 'latex_thesis_preamble_comment': '\\documentclass[12pt]{{report}}\n\\usepackage{{graphicx}}\n% overleaf sync bot: {H} {V} (remove before submission!)\n\\title{{{proj}}}\n\\author{{{name}}}\n',
 'bibtex_library_comment_block': '@comment{{zotero export for {proj}; {H} = {V}}}\n@article{{smith2021,\n  title = {{Deep sea sediments}},\n  year = {{2021}}\n}}\n',
 'instrument_acquisition_pc_readme': 'ACQUISITION PC – {proj}\n- Do not install updates during a run.\n- Data syncs nightly to {host}.\n- {H}: {V}\n- Contact {name} if the sync fails.\n',
 'mass_spectrometer_method_notes': 'Method: {proj}_DDA_120min\nColumn: C18, 25 cm\nExport script posts results; {H} {V}\nOperator: {name}\n',
 'microscope_booking_calendar_entry': 'BEGIN:VEVENT\nSUMMARY:Confocal booking – {name}\nDTSTART:20240311T090000\nDESCRIPTION:Upload images after the session. {H}: {V}\nEND:VEVENT\n',
 'sequencing_core_submission_form': 'Sequencing submission #{num}\nPI: {name2}\nSubmitter: {name}\nProject: {proj}\nDelivery notes: results via API, {H} {V}\nLanes: 2\n',
 'lims_sample_sheet_csv': 'sample_id,well,index,notes\n{proj}-01,A1,ATCACG,ok\n{proj}-02,A2,CGATGT,"upload {H}={V}"\n{proj}-03,A3,TTAGGC,ok\n',
 'electronic_lab_notebook_entry': 'ELN entry {date} – {name}\nAim: re-run normalisation for {proj}.\nNote to self, {H}: {V}\nResult: pending.\n',
 'cluster_motd_banner': '*** Welcome to the {part} partition ***\nScheduled maintenance: {date}\nShared service account for the {proj} sync: {H} {V}\nQuestions: hpc-help@uni.example\n',
 'hpc_helpdesk_ticket_thread': 'Ticket #{num} – job fails on {host}\n[{name}] my job dies with 401, I set {K}={V} in the script\n[HPC support] please rotate it, tickets are visible to staff.\n',
 'research_computing_office_hours_notes': 'Office hours {date}\n- {name}: conda env broken, fixed\n- {name2}: pipeline upload, {H} = {V}\n- follow-up next week\n',
 'data_management_plan_draft': 'Data Management Plan – {proj}\n3.2 Storage: raw data on {host}; automated transfer authenticated with {H} {V}.\n3.3 Retention: 10 years.\n',
 'journal_submission_cover_letter_draft': 'Dear Editor,\nplease find our manuscript on {proj}. Code is at the lab repo (reviewer access {H}: {V}).\nSincerely,\n{name}\n',
 'peer_review_portal_message': 'Message to Author – Manuscript {num}\nReviewer 2 could not run the notebook. Please note the {H} you embedded ({V}) is visible to all reviewers.\n',
 'cloud_credits_application_form': 'Cloud research credits application\nApplicant: {name}\nProject: {proj}\nExisting usage account, {H}: {V}\nRequested credits: 5000 USD\n',
 'thesis_defense_logistics_email': 'Hi all,\nthe defense of {name} is on {date} at {time}. The streaming laptop runs the upload bot ({H}: {V}).\nBest, {name2}\n',
 'phd_onboarding_wiki_page': '== Onboarding ==\n# Get a cluster account.\n# Join the lab mailing list.\n# For the shared pipeline use {H} {V}\n# Read the safety manual.\n',
 'lab_mailing_list_digest': 'Lab-list Digest, Vol 12, Issue {num}\nMessage: 3\nFrom: {name}\nSubject: Re: upload script\nJust put {K}={V} in your .bashrc\n',
 'conference_poster_handout_ocr': 'POSTER B-{num} | {proj}\nTry the demo! scan the QR code\nAPl access: {H} {V}\n(c) {name} et a1.\n',
 'fieldwork_gps_logger_notes': 'Day 4 – site {num}\nlogger battery 78%, synced at {time}\nuplink config: {H} {V}\nweather: rain\n',
 'telescope_observing_log': 'UT {date} {time}  target: NGC {num}\nseeing 0.9", humidity 40%\nautomatic reduction pushes to archive, {H}={V}\n',
 'beamline_shift_logbook': 'Shift {date} (night)\n{time} beam restored\n{time} data pipeline creds for user group: {H} {V}\nlocal contact: {name}\n',
 'animal_facility_access_memo': 'MEMO – facility monitoring\nThe room sensor dashboard uses {H} {V}\nDo not forward outside the group.\n– {name}\n',
 'core_facility_invoice_email': 'Invoice {num} for {proj}\nAmount: 1,240.00\nYour results were delivered to the portal; API {H}: {V}\nRegards, core billing\n',
 'makefile_analysis_pipeline': 'DATA := data/{proj}\nexport {K} := {V}\n\nall: results/summary.csv\n\nresults/summary.csv: $(DATA)/raw.csv\n\tpython scripts/summarise.py $< $@\n',
 'papermill_parameters_cell': '# Parameters\nsample = "{proj}"\nn_iter = 500\n{k} = "{V}"\nplot = True\n',
}


def build(pool):
    r = random.Random(SEED)
    kinds = sorted(KINDS)
    assert len(kinds) == 45
    types = sorted(TYPES)
    use = {t: 0 for t in types}
    recs = []
    for kind in kinds:
        chosen = []
        for _ in range(4):
            cand = sorted((t for t in types if t not in chosen), key=lambda t: (use[t], r.random()))
            chosen.append(cand[0]); use[cand[0]] += 1
        for t in chosen:
            gen, key, hum, wrap = TYPES[t]
            f = filler(r)
            val = pool.take(lambda: gen(r))
            if wrap:
                pre, suf = wrap(f)
                vals = [pre, (val, t), suf]
            else:
                vals = [(val, t)]
            tpl = KINDS[kind]
            # expand {V} to a list of pieces
            text_parts = []
            for i, piece in enumerate(tpl.split('{V}')):
                if i:
                    text_parts.extend(vals)
                text_parts.append(piece.format(K=key, k=key.lower(), H=hum, **f))
            from common import place
            text, spans = place(text_parts)
            recs.append({'type': t, 'container': kind, 'text': text, 'secrets': spans, 'source': 'everyday'})
    return recs
