"""Everyday secrets in 45 research-lab container kinds, 4 records each."""
import random
from common import *

TYPES = {  # type: (ENV_KEY, generator)
    'aws_secret_access_key': ('AWS_SECRET_ACCESS_KEY', aws_secret),
    'database_password': ('LIMS_DB_PASSWORD', password),
    'github_personal_access_token': ('GITHUB_TOKEN', gh_pat),
    'slack_bot_token': ('SLACK_BOT_TOKEN', slack_bot),
    'openai_project_api_key': ('OPENAI_API_KEY', openai_proj),
    'anthropic_api_key': ('ANTHROPIC_API_KEY', anthropic),
    'sendgrid_api_key': ('SENDGRID_API_KEY', sendgrid),
    'smtp_password': ('SMTP_PASSWORD', password),
    'jwt_signing_secret': ('JWT_SECRET', jwt_secret),
    'twilio_auth_token': ('TWILIO_AUTH_TOKEN', twilio),
    'hpc_login_password': ('HPC_PASSWORD', password),
    'jupyter_server_token': ('JUPYTER_TOKEN', jupyter_token),
    'huggingface_user_access_token': ('HF_TOKEN', hf_token),
    'lims_service_account_password': ('LIMS_SVC_PASSWORD', password),
    'instrument_pc_admin_password': ('INSTRUMENT_ADMIN_PW', password),
    'wandb_experiment_api_key': ('WANDB_API_KEY', lambda r: s(r, HEX, 40)),
}
NEW_TYPES = ['hpc_login_password', 'jupyter_server_token', 'huggingface_user_access_token',
             'lims_service_account_password', 'instrument_pc_admin_password', 'wandb_experiment_api_key']

# @@K@@ env key, @@k@@ lower key
KINDS = {
 'slurm_sbatch_script_export': '#!/bin/bash\n#SBATCH --job-name=@@P@@\n#SBATCH --partition=gpu\n#SBATCH --time=12:00:00\nmodule load python/3.11\nexport @@K@@=@@V@@\nsrun python train.py --run @@N@@\n',
 'pbs_torque_job_script': '#!/bin/bash\n#PBS -N @@P@@\n#PBS -l nodes=2:ppn=32,walltime=08:00:00\n#PBS -q batch\ncd $PBS_O_WORKDIR\n@@K@@="@@V@@" mpirun -np 64 ./sim.x input.nml\n',
 'lsf_bsub_job_file': '#BSUB -J @@P@@\n#BSUB -n 16\n#BSUB -W 04:00\n#BSUB -o out.%J\nsetenv @@K@@ @@V@@\n./pipeline.sh\n',
 'htcondor_submit_description': 'universe = vanilla\nexecutable = run_fit.sh\nenvironment = "@@K@@=@@V@@ OMP_NUM_THREADS=4"\nrequest_cpus = 4\nqueue 50\n',
 'sge_qsub_array_script': '#$ -N @@P@@\n#$ -t 1-200\n#$ -pe smp 8\n#$ -v @@K@@=@@V@@\npython analyse.py $SGE_TASK_ID\n',
 'ipynb_code_cell_json': '{"cell_type": "code", "execution_count": 7, "metadata": {}, "outputs": [], "source": ["import os\\n", "os.environ[\\"@@K@@\\"] = \\"@@V@@\\"\\n", "df = load_runs(\\"@@P@@\\")"]}',
 'ipynb_stream_output_json': '{"name": "stdout", "output_type": "stream", "text": ["loaded config for @@P@@\\n", "@@k@@ = @@V@@\\n", "starting 12 workers\\n"]}',
 'jupyter_magic_env_cell': '%env @@K@@=@@V@@\n%load_ext autoreload\n%autoreload 2\nfrom labtools import qc\nqc.run("@@P@@")\n',
 'conda_environment_yaml_vars': 'name: @@P@@\nchannels:\n  - conda-forge\n  - bioconda\ndependencies:\n  - python=3.11\n  - numpy\n  - scanpy\nvariables:\n  @@K@@: @@V@@\n',
 'renviron_user_file': 'R_LIBS_USER=~/R/library/4.3\n@@K@@=@@V@@\nR_MAX_VSIZE=64Gb\n',
 'rprofile_site_sys_setenv': 'local({\n  options(repos = c(CRAN = "https://cloud.r-project.org"))\n  Sys.setenv(@@K@@ = "@@V@@")\n})\n',
 'julia_startup_jl_env': '# ~/.julia/config/startup.jl\nENV["JULIA_NUM_THREADS"] = "16"\nENV["@@K@@"] = "@@V@@"\nusing Revise\n',
 'matlab_startup_m_setenv': '% startup.m for @@P@@\naddpath(genpath(\'~/matlab/toolboxes\'));\nsetenv(\'@@K@@\', \'@@V@@\');\nparpool(\'local\', 12);\n',
 'lmod_modulefile_lua': '-- -*- lua -*-\nwhatis("Name: @@P@@ tools")\nprepend_path("PATH", "/apps/@@P@@/bin")\nsetenv("@@K@@", "@@V@@")\n',
 'snakemake_config_yaml': 'samples: config/samples.tsv\nreference: /ref/GRCh38/genome.fa\nthreads: 24\n@@k@@: "@@V@@"\n',
 'nextflow_config_env_scope': 'params.outdir = "results"\nprocess.executor = "slurm"\nenv {\n    @@K@@ = \'@@V@@\'\n}\n',
 'cwl_job_order_yaml': 'reads_1:\n  class: File\n  path: S1_R1.fastq.gz\nthreads: 8\n@@k@@: @@V@@\n',
 'apptainer_def_environment': 'Bootstrap: docker\nFrom: rockylinux:9\n\n%environment\n    export LC_ALL=C\n    export @@K@@=@@V@@\n\n%runscript\n    exec python /opt/app/run.py "$@"\n',
 'spack_env_yaml_comment': 'spack:\n  specs: [hdf5+mpi, fftw, py-numpy]\n  view: true\n  # TODO move to vault: @@K@@=@@V@@\n  concretizer:\n    unify: true\n',
 'dask_jobqueue_yaml': 'jobqueue:\n  slurm:\n    cores: 32\n    memory: 128GB\n    job-script-prologue:\n      - "export @@K@@=@@V@@"\n',
 'lims_sample_export_csv': 'sample_id,plate,well,conc_ng_ul,notes\nS-@@N@@,P07,A3,12.4,ok\nS-@@N@@,P07,A4,0.8,"rerun; @@k@@=@@V@@ (ask @@U@@)"\n',
 'instrument_control_ini': '[Instrument]\nModel=QExactive HF\nSerialPort=COM4\n[Upload]\nServer=@@H@@\n@@K@@=@@V@@\n',
 'chromatography_audit_trail_txt': '@@D@@ @@T@@ User @@U@@ changed method GRAD_45MIN\n@@D@@ @@T@@ Export script configured with @@k@@ @@V@@\n@@D@@ @@T@@ Sequence SEQ-@@N@@ started\n',
 'eln_experiment_markdown': '## Exp @@N@@ – @@P@@ expression test\n- Induced at OD 0.6 with 0.5 mM IPTG\n- Upload notebook uses @@k@@: `@@V@@`\n- Next: SDS-PAGE\n',
 'lab_wiki_dokuwiki_page': '====== Cluster access (@@P@@) ======\n  * Login node: @@H@@\n  * Service creds: @@k@@ = @@V@@\n  * Ask @@U@@ before running >100 jobs\n',
 'lab_wiki_mediawiki_table': '{| class="wikitable"\n! Service !! Key\n|-\n| @@H@@ || @@V@@\n|-\n| backup window || Sun 02:00\n|}\n',
 'grant_portal_account_notes_txt': 'Grant portal accounts (@@P@@)\nPI login: @@U@@\n@@k@@: @@V@@\nRenewal due @@D@@\n',
 'journal_submission_reminder_email': 'Subject: Revised manuscript @@N@@ due @@D@@\n\nHi all, the reviewer-response files are on the shared drive. For the data deposit script use @@k@@ @@V@@ and do not forward this mail.\n',
 'rclone_conf_remote_section': '[labs3]\ntype = s3\nprovider = Ceph\nendpoint = https://@@H@@\n@@k@@ = @@V@@\n',
 'irods_environment_json': '{\n  "irods_host": "@@H@@",\n  "irods_port": 1247,\n  "irods_user_name": "@@U@@",\n  "irods_zone_name": "labZone",\n  "@@k@@": "@@V@@"\n}\n',
 'dvc_config_local_remote': "['remote \"storage\"']\n    url = s3://@@P@@-dvc\n    @@k@@ = @@V@@\n",
 'mlflow_tracking_dotenv': 'MLFLOW_TRACKING_URI=https://@@H@@\nMLFLOW_EXPERIMENT_NAME=@@P@@\n@@K@@=@@V@@\n',
 'ray_cluster_launcher_yaml': 'cluster_name: @@P@@\nmax_workers: 8\nsetup_commands:\n  - echo "export @@K@@=@@V@@" >> ~/.bashrc\n',
 'galaxy_job_conf_yaml': 'runners:\n  slurm:\n    load: galaxy.jobs.runners.slurm:SlurmJobRunner\nexecution:\n  environments:\n    gpu:\n      env:\n        - name: @@K@@\n          value: @@V@@\n',
 'omero_server_config_dump': 'omero.db.host=@@H@@\nomero.data.dir=/OMERO\nomero.web.public.enabled=false\nomero.custom.@@k@@=@@V@@\n',
 'microscope_acquisition_xml': '<Acquisition experiment="@@P@@" objective="63x/1.40 Oil">\n  <Channel name="DAPI" exposure="120"/>\n  <Export target="@@H@@" @@k@@="@@V@@"/>\n</Acquisition>\n',
 'sequencing_samplesheet_csv': '[Header]\nIEMFileVersion,5\nExperiment Name,@@P@@\n[Settings]\n@@k@@,@@V@@\n[Data]\nSample_ID,index\nS1,ATCACG\n',
 'plate_reader_export_header': 'Plate reader export  @@D@@ @@T@@\nProtocol: ELISA_IL6\nOperator: @@U@@\nLIMS push @@k@@: @@V@@\nWell,OD450\nA1,0.123\n',
 'rstudio_server_session_log': '@@D@@T@@T@@:11Z [rsession-@@U@@] INFO session started\n@@D@@T@@T@@:12Z [rsession-@@U@@] DEBUG env @@K@@=@@V@@\n@@D@@T@@T@@:40Z [rsession-@@U@@] INFO loaded 312 packages\n',
 'vscode_remote_settings_json': '{\n  "remote.SSH.remotePlatform": {"@@H@@": "linux"},\n  "terminal.integrated.env.linux": {"@@K@@": "@@V@@"},\n  "python.defaultInterpreterPath": "~/miniforge3/bin/python"\n}\n',
 'globus_transfer_cli_log': '$ globus transfer $SRC:/scratch/@@U@@/@@P@@ $DST:/archive/@@P@@ --recursive\nTask ID: 6f1c@@N@@\n[debug] auth header built from @@k@@=@@V@@\nMessage: The transfer has been accepted\n',
 'hpc_helpdesk_ticket_reply': 'Ticket #@@N@@ – job fails with 401\n\n@@U@@ wrote:\n> my sbatch script exports @@K@@=@@V@@ but the API still rejects it\n\nPlease rotate that value, it is now in the ticket system.\n',
 'lab_meeting_notes_docx_text': 'Lab meeting @@D@@\n1. Freezer -80 #2 alarm again\n2. Shared @@k@@ for the pipeline: @@V@@ (rotate after the paper is out)\n3. Journal club: @@U@@\n',
 'cryoem_processing_notes_txt': 'RELION run @@P@@ job@@N@@\nclass3D K=6, T=4, 25 iters\nupload to EMPIAR staging with @@k@@ @@V@@\n',
 'freezer_iot_monitor_yaml': 'sensors:\n  - id: ult-freezer-2\n    threshold_c: -70\nalerting:\n  channel: "#lab-alarms"\n  @@k@@: "@@V@@"\n',
}

def build(ids):
    rng = random.Random(6201)
    pool = ids['pool']
    use = {t: 0 for t in TYPES}
    recs = []
    for kind, tpl in KINDS.items():
        chosen = []
        for _ in range(4):
            cand = sorted((t for t in TYPES if t not in chosen), key=lambda t: (use[t], rng.random()))
            chosen.append(cand[0]); use[cand[0]] += 1
        for t in chosen:
            K, gen = TYPES[t]
            while True:
                v = gen(rng)
                if pool.ok(v):
                    break
            pool.add(v)
            text, a, b = fill(tpl, rng, v, {'K': K, 'k': K.lower()})
            recs.append(pos_record(None, t, kind, text, a, b, 'everyday'))
    return recs
