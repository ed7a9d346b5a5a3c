"""Everyday records: 45 container kinds from genomics pipeline work x 4 (seed 9801)."""
import random, json
from common98 import shape, fill, fillers, jwt, password, b64u

# span type -> (variable / key name, generator)
TYPES = [
    ("seq_seqera_platform_access_token", "TOWER_ACCESS_TOKEN",
     lambda r: b64u(json.dumps({"tid": r.randint(100, 9999)}).encode()) + "." + shape(r, "{h40}")),
    ("seq_ncbi_eutils_key_value", "NCBI_API_KEY", "{h36}"),
    ("seq_dnanexus_api_auth_token", "DX_API_TOKEN", "{a32}"),
    ("seq_synapse_personal_access_jwt", "SYNAPSE_AUTH_TOKEN",
     lambda r: jwt(r, {"access": {"scope": ["view", "download", "modify"], "oidc_claims": {}},
                       "token_type": "PERSONAL_ACCESS_TOKEN", "iss": "https://repo-prod.prod.sagebase.org/auth/v1",
                       "aud": "0", "nbf": 1731000000 + r.randint(0, 9999999), "iat": 1731000000,
                       "jti": str(r.randint(10000, 99999)), "sub": str(r.randint(3300000, 3499999))},
                    alg="RS256", extra={"kid": "WQWJ:" + shape(r, "{U4}:{U4}:{U4}")})),
    ("seq_sevenbridges_developer_token", "SB_AUTH_TOKEN", "{h32}"),
    ("seq_galaxy_user_key_hex", "GALAXY_API_KEY", "{h32}"),
    ("seq_globus_transfer_refresh_token", "GLOBUS_REFRESH_TOKEN", "Ag{a70}"),
    ("seq_irods_zone_user_password", "IRODS_PASSWORD", "{pw}"),
    ("seq_lims_mariadb_password", "LIMS_DB_PASSWORD", "{pw}"),
    ("seq_core_sftp_delivery_password", "DELIVERY_SFTP_PASSWORD", "{pw}"),
    ("seq_basespace_cli_access_token", "BASESPACE_ACCESS_TOKEN", "{h32}"),
    ("seq_terra_bucket_hmac_secret", "GCS_HMAC_SECRET", "{b40}"),
    ("seq_ega_submitter_account_password", "EGA_PASSWORD", "{pw}"),
    ("seq_cromwell_basic_auth_password", "CROMWELL_PASSWORD", "{pw}"),
    ("seq_benchling_tenant_api_key", "BENCHLING_API_KEY", "sk_{a30}"),
    ("seq_aws_batch_secret_access_key", "AWS_SECRET_ACCESS_KEY", "{b40}"),
]
PW_TYPES = {t for t, k, s in TYPES if s == "{pw}"}

# container kind -> template ({K} key name, {V} value, fillers {u} {p} {h} {n} {r} {f} {d})
KINDS = [
    ("nextflow_config_env_scope_line", "// nextflow.config for {p}\nenv {\n    {K} = '{V}'\n}\nprocess.executor = 'slurm'\n"),
    ("nextflow_secrets_set_shell_history", "  {n}  cd ~/pipelines/{p}\n  {n}  nextflow secrets set {K} '{V}'\n  {n}  nextflow run nf-core/rnaseq -profile singularity\n"),
    ("nfcore_params_file_json", "{\n  \"input\": \"samplesheet.csv\",\n  \"outdir\": \"s3://{p}-results\",\n  \"{K}\": \"{V}\",\n  \"genome\": \"GRCh38\"\n}\n"),
    ("snakemake_workflow_profile_yaml", "executor: slurm\njobs: 200\ndefault-resources:\n  slurm_account: {p}\nenvvars:\n  - {K}\nset-env:\n  {K}: \"{V}\"\n"),
    ("snakefile_shell_directive_line", "rule fetch_reads:\n    output: \"raw/{r}_1.fastq.gz\"\n    shell:\n        \"{K}='{V}' prefetch {r} && fasterq-dump {r}\"\n"),
    ("galaxy_yml_gravity_environment", "gravity:\n  gunicorn:\n    environment:\n      {K}: \"{V}\"\ngalaxy:\n  admin_users: {u}@example.org\n"),
    ("cromwell_conf_hocon_backend_env", "backend {\n  providers {\n    SLURM {\n      config {\n        runtime-attributes = \"String? docker\"\n        environment { {K} = \"{V}\" }\n      }\n    }\n  }\n}\n"),
    ("wdl_workflow_inputs_json", "{\n  \"GermlineVariants.sample_name\": \"NA{n}\",\n  \"GermlineVariants.{K}\": \"{V}\",\n  \"GermlineVariants.ref_fasta\": \"gs://{p}/Homo_sapiens_assembly38.fasta\"\n}\n"),
    ("terra_notebook_setup_cell", "# Cell 2 - workspace setup\nimport os\nos.environ[\"{K}\"] = \"{V}\"\nbucket = os.environ[\"WORKSPACE_BUCKET\"]\n"),
    ("anvil_data_table_tsv_row", "entity:sample_id\tcram_path\t{K}\nNA{n}\tgs://fc-{p}/NA{n}.cram\t{V}\n"),
    ("dx_run_applet_input_history", "$ dx run applet-{p} -iinput_reads=file-{n} -i{K}=\"{V}\" --destination /{p}/run{n} -y\n"),
    ("sbg_credentials_profile_ini", "[default]\napi_endpoint = https://api.sbgenomics.com/v2\n[{p}]\napi_endpoint = https://cavatica-api.sbgenomics.com/v2\n{K} = {V}\n"),
    ("sra_toolkit_user_mkfg", "/LIBS/GUID = \"{uuid}\"\n/repository/user/main/public/root = \"/scratch/{u}/ncbi\"\n/{K} = \"{V}\"\n"),
    ("globus_transfer_wrapper_bash", "#!/usr/bin/env bash\nset -euo pipefail\nexport {K}=\"{V}\"\nglobus transfer \"$SRC_EP:/runs/{f}/\" \"$DST_EP:/{p}/\" --recursive --label \"{f}\"\n"),
    ("synapse_client_config_file", "[authentication]\nusername = {u}\n{K} = {V}\n\n[cache]\nlocation = /scratch/{u}/synapseCache\n"),
    ("pyega3_credential_json", "{\n  \"username\": \"{u}@example.org\",\n  \"{K}\": \"{V}\",\n  \"client_secret\": null\n}\n"),
    ("slurm_sbatch_script_export", "#!/bin/bash\n#SBATCH --job-name=align_{f}\n#SBATCH --cpus-per-task=16\n#SBATCH --mem=64G\nexport {K}=\"{V}\"\nmodule load bwa-mem2 samtools\n"),
    ("pbs_torque_job_script_env", "#PBS -N demux_{f}\n#PBS -l nodes=1:ppn=8,walltime=06:00:00\n#PBS -v {K}={V}\ncd $PBS_O_WORKDIR\n"),
    ("sge_qsub_wrapper_env_flag", "qsub -cwd -pe smp 8 -v {K}={V} -N vc_{n} run_gatk.sh\n"),
    ("lsf_bsub_submission_line", "bsub -q long -n 12 -J \"star[{n}]\" -env \"all, {K}={V}\" ./star_align.sh\n"),
    ("bcl_convert_wrapper_script", "# demux wrapper for run {f}\n{K}=\"{V}\"\nbcl-convert --bcl-input-directory /seq/runs/{f} --output-directory /seq/fastq/{f}\n"),
    ("lims_sample_export_csv_row", "sample_id,project,flowcell,contact,{K}\nS{n},{p},{f},{u}@example.org,{V}\n"),
    ("multiqc_config_custom_data_header", "title: \"{p} QC report\"\nreport_comment: \"run {f}\"\n# {K}: {V}\nextra_fn_clean_exts:\n  - \".trimmed\"\n"),
    ("conda_env_yaml_variables_block", "name: {p}\nchannels: [conda-forge, bioconda]\ndependencies:\n  - snakemake-minimal=8\nvariables:\n  {K}: \"{V}\"\n"),
    ("apptainer_def_environment_section", "Bootstrap: docker\nFrom: quay.io/biocontainers/samtools:1.19\n\n%environment\n    export {K}=\"{V}\"\n"),
    ("biocontainer_docker_run_env", "docker run --rm -e {K}={V} -v $PWD:/data quay.io/biocontainers/sra-tools:3.0 prefetch {r}\n"),
    ("r_environ_bioconductor_user", "R_LIBS_USER=~/R/bioc-3.19\n{K}={V}\nBIOCONDUCTOR_USE_CONTAINER_REPOSITORY=FALSE\n"),
    ("rmarkdown_setup_chunk_sys_setenv", "```{r setup, include=FALSE}\nknitr::opts_chunk$set(echo = TRUE)\nSys.setenv({K} = \"{V}\")\n```\n"),
    ("jupyter_ipynb_code_cell_source", "{\"cell_type\": \"code\", \"execution_count\": 3, \"metadata\": {}, \"source\": [\"%env {K}={V}\\n\", \"!ls $WORK/{p}\"]}\n"),
    ("tower_yml_reports_block", "reports:\n  \"**/multiqc_report.html\":\n    display: \"MultiQC\"\n# {K}={V}\n"),
    ("aws_batch_job_definition_env", "{\n  \"jobDefinitionName\": \"nf-{p}\",\n  \"containerProperties\": {\n    \"environment\": [{\"name\": \"{K}\", \"value\": \"{V}\"}]\n  }\n}\n"),
    ("irods_environment_json_member", "{\n  \"irods_host\": \"{h}\",\n  \"irods_port\": 1247,\n  \"irods_user_name\": \"{u}\",\n  \"irods_zone_name\": \"seqZone\",\n  \"{K}\": \"{V}\"\n}\n"),
    ("seqera_launchpad_form_paste", "Pipeline: nf-core/sarek  Revision: 3.4.0\nCompute env: aws-batch-{p}\nPre-run script:\n  export {K}={V}\n"),
    ("igv_prefs_properties_line", "DEFAULT_GENOME_KEY=hg38\nSAM.SHOW_SOFT_CLIPPED=true\n{K}={V}\n"),
    ("basespace_cli_default_cfg", "apiServer   = https://api.basespace.illumina.com\n{K} = {V}\n"),
    ("cellranger_slurm_wrapper_var", "SAMPLE=S{n}\nTRANSCRIPTOME=/ref/refdata-gex-GRCh38-2024-A\n{K}='{V}'\ncellranger count --id=$SAMPLE --transcriptome=$TRANSCRIPTOME\n"),
    ("bioconda_recipe_build_sh", "#!/bin/bash\n# build.sh for {p}\n{K}=\"{V}\" $PYTHON -m pip install . -vv --no-deps\n"),
    ("github_actions_nfcore_ci_env", "jobs:\n  test:\n    runs-on: ubuntu-latest\n    env:\n      NXF_VER: \"24.04.2\"\n      {K}: \"{V}\"\n    steps:\n      - uses: nf-core/setup-nextflow@v2\n"),
    ("gitlab_ci_snakemake_job_vars", "snakemake-test:\n  image: snakemake/snakemake:v8.20.0\n  variables:\n    {K}: \"{V}\"\n  script:\n    - snakemake --cores 4 --use-conda\n"),
    ("biostars_question_code_block", "Title: prefetch fails with 403 on controlled-access run\n\nI run this and get an error, what am I missing?\n\n    export {K}={V}\n    prefetch {r}\n"),
    ("core_facility_ticket_description", "Ticket #{n} - delivery of flowcell {f}\nRequester: {u}\nHi, the pipeline needs {K} set; I used {V} for now. Can you check why the job fails?\n"),
    ("bioinfo_slack_channel_paste", "[{d} 09:14] {u}: anyone else getting 401 from the API?\n[{d} 09:15] {u}: my env has {K}={V}\n"),
    ("nextflow_log_environment_dump", "Oct-{n} 11:02:17.331 [main] DEBUG nextflow.cli.CmdRun - Environment:\n  NXF_HOME=/home/{u}/.nextflow\n  {K}={V}\n  NXF_OPTS=-Xms1g -Xmx4g\n"),
    ("snakemake_traceback_locals_dump", "Traceback (most recent call last):\n  File \"workflow/scripts/upload.py\", line 41, in <module>\n    client.upload(path, token)\nlocals: path='results/{p}.vcf.gz' {K}='{V}'\n"),
    ("cwltool_job_order_yaml", "reads_1:\n  class: File\n  path: {r}_1.fastq.gz\n{K}: \"{V}\"\nthreads: 8\n"),
]


def generate():
    rng = random.Random(9801)
    recs = []
    nt = len(TYPES)
    for i, (kind, tpl) in enumerate(KINDS):
        for j in range(4):
            tname, key, spec = TYPES[(i * 4 + j) % nt]
            val = shape(rng, spec)
            f = fillers(rng)
            f["K"] = key
            f["uuid"] = shape(rng, "{uuid}")
            text, spans = fill(tpl, [val], extra=f)
            recs.append({"type": tname, "container": kind, "text": text,
                         "secrets": [{"value": v, "start": s, "end": e, "type": tname} for s, e, v in spans],
                         "source": "everyday"})
    return recs
