"""Hard negatives (seed 9806): 16 classes x 2 base kinds x 6 presentations."""
import random, hashlib
from common98 import shape, fillers, uuid4, rtext, HEX, UPAL, ALNUM, LOWAL


def _acc(r):
    return "SRR%d, ERR%d, DRR%d  (BioSample SAMN%08d, BioProject PRJNA%d)" % (
        r.randint(10**6, 3 * 10**7), r.randint(10**6, 2 * 10**7), r.randint(10**5, 9 * 10**5), r.randint(10**7, 5 * 10**7), r.randint(10**5, 10**6))


def _geo(r):
    return "GSE%d / GSM%d / EGAD%011d / EGAS%011d" % (r.randint(10**4, 3 * 10**5), r.randint(10**5, 9 * 10**6), r.randint(1, 10**9), r.randint(1, 10**9))


def _phs(r):
    return "dbGaP study phs%06d.v%d.p%d, consent group c%d (GRU), data access request #%d" % (
        r.randint(1, 3999), r.randint(1, 9), r.randint(1, 3), r.randint(1, 4), r.randint(10**5, 10**6))


def _dar(r):
    return "Data Access Committee approval DAR-%d for project %d; dbGaP project key file prj_%d.ngc is stored in the vault, not here" % (
        r.randint(10**5, 10**6), r.randint(10**4, 10**5), r.randint(10**4, 10**5))


def _md5list(r):
    return "\n".join("%s  S%d_L00%d_R%d_001.fastq.gz" % (rtext(r, HEX, 32), r.randint(1, 96), r.randint(1, 4), r.randint(1, 2)) for _ in range(3))


def _sha_bam(r):
    return "\n".join("sha256:%s  %s.cram" % (rtext(r, HEX, 64), "NA%05d" % r.randint(1, 99999)) for _ in range(2))


def _barcodes(r):
    return "Sample_ID,index,index2\n" + "\n".join("S%d,%s,%s" % (i, rtext(r, "ACGT", 10), rtext(r, "ACGT", 10)) for i in range(1, 4))


def _umi(r):
    return "@A00%d:%d:%s:1:1101:%d:%d:%s 1:N:0:%s+%s" % (r.randint(100, 999), r.randint(1, 999), rtext(r, UPAL, 9), r.randint(1000, 9999), r.randint(1000, 9999), rtext(r, "ACGTN", 12), rtext(r, "ACGT", 8), rtext(r, "ACGT", 8))


def _nfsess(r):
    return "Session ID: %s\nRun name: %s_%s\nLaunch dir: /scratch/nf" % (uuid4(r), r.choice(["jovial", "sleepy", "nasty", "happy"]), r.choice(["darwin", "mendel", "franklin", "crick"]))


def _cromwell_id(r):
    return "Workflow %s submitted; call-cache hit from %s" % (uuid4(r), uuid4(r))


def _towerid(r):
    return "https://cloud.seqera.io/orgs/lab/workspaces/%s/watch/%s" % (r.choice(["rnaseq", "sarek"]), rtext(r, ALNUM, 14))


def _tower_ws(r):
    return "TOWER_WORKSPACE_ID=%d\nTOWER_COMPUTE_ENV_ID=%s" % (r.randint(10**13, 10**14), rtext(r, ALNUM, 22))


def _dxids(r):
    return "project-%s:file-%s (job-%s)" % (rtext(r, "0123456789BFGJKPQVXYZ", 24), rtext(r, "0123456789BFGJKPQVXYZ", 24), rtext(r, "0123456789BFGJKPQVXYZ", 24))


def _sbgids(r):
    return "sb tasks get %s  # project %s/%s" % (uuid4(r), r.choice(["ana", "lee", "kim"]), r.choice(["wgs-pilot", "rna-cohort"]))


def _globus_ep(r):
    return "globus transfer %s:/runs/ %s:/project/ --recursive" % (uuid4(r), uuid4(r))


def _globus_task(r):
    return "Task ID: %s\nStatus: SUCCEEDED  bytes_transferred: %d" % (uuid4(r), r.randint(10**9, 10**12))


def _c4gh_pub(r):
    import base64
    return "-----BEGIN CRYPT4GH PUBLIC KEY-----\n%s\n-----END CRYPT4GH PUBLIC KEY-----" % base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()


def _ssh_pub(r):
    import base64
    return "ssh-ed25519 %s %s@hpc-login" % (base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + bytes(r.randrange(256) for _ in range(32))).decode(), r.choice(["ana", "lee", "kim"]))


def _nfsecret_ref(r):
    return "process {\n  secret 'NCBI_API_KEY'\n  script: \"prefetch --ngc ${params.ngc} %s\"\n}" % ("SRR%d" % r.randint(10**6, 10**7))


def _gha_ref(r):
    return "env:\n  TOWER_ACCESS_TOKEN: ${{ secrets.TOWER_ACCESS_TOKEN }}\n  SYNAPSE_AUTH_TOKEN: ${{ secrets.SYNAPSE_AUTH_TOKEN_%d }}" % r.randint(1, 9)


def _masked_log(r):
    return "Nextflow secrets: NCBI_API_KEY=******** (%d chars), TOWER_ACCESS_TOKEN=[REDACTED]" % r.randint(30, 40)


def _masked_dx(r):
    return "dx env\nCurrent user  %s\nAPI token     ****%s (masked)" % (r.choice(["ana", "lee", "kim"]), rtext(r, LOWAL, 0))


def _placeholder_params(r):
    return "{\n  \"ncbi_api_key\": \"<YOUR_NCBI_API_KEY>\",\n  \"synapse_token\": \"${SYNAPSE_AUTH_TOKEN}\",\n  \"run\": %d\n}" % r.randint(1, 99)


def _placeholder_docs(r):
    return "export GALAXY_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  # replace with the key from User > Preferences (step %d)" % r.randint(1, 9)


def _img_digest(r):
    return "container \"quay.io/biocontainers/samtools:1.%d--h50ea8bc_0@sha256:%s\"" % (r.randint(10, 21), rtext(r, HEX, 64))


def _sing_hash(r):
    return "singularity pull --name fastqc.sif library://lab/qc/fastqc:sha256.%s" % rtext(r, HEX, 64)


def _git_rev(r):
    return "nextflow run nf-core/rnaseq -r %s -profile test" % rtext(r, HEX, 40)


def _modules_json(r):
    return "\"fastp\": {\"branch\": \"master\", \"git_sha\": \"%s\", \"installed_by\": [\"modules\"]}" % rtext(r, HEX, 40)


def _age_armor(r):
    import base64
    return "-----BEGIN AGE ENCRYPTED FILE-----\n%s\n-----END AGE ENCRYPTED FILE-----" % base64.b64encode(bytes(r.randrange(256) for _ in range(54))).decode()


def _c4gh_header(r):
    return "crypt4gh header: magic=crypt4gh version=1 packets=1 enc_key_len=%d payload=%s" % (r.randint(80, 120), rtext(r, HEX, 48))


def _policy_text(r):
    return "Reminder from the HPC team: passwords for the delivery SFTP rotate every %d days; never paste them in tickets, use the vault link instead." % r.choice([60, 90, 180])


def _onboard_text(r):
    return "New starters: request an iRODS account via the form; the password will be sent by SMS to the number on file (ticket %d)." % r.randint(1000, 9999)


def _vcf_hash(r):
    return "##source=GATK HaplotypeCaller\n##reference_md5=%s\n##contig=<ID=chr1,length=248956422,md5=%s>" % (rtext(r, HEX, 32), rtext(r, HEX, 32))


def _refget(r):
    return "refget digest SQ.%s for chr%d" % (rtext(r, ALNUM + "-_", 32), r.randint(1, 22))


def _pub_key_ncbi(r):
    return "NCBI E-utilities example: efetch.fcgi?db=nuccore&id=NM_%06d&rettype=fasta&tool=labpipe&email=dev%d@example.org" % (r.randint(1, 999999), r.randint(1, 99))


def _drs_uri(r):
    return "drs://dg.4503:dg.4503%%2F%s" % uuid4(r)


CLASSES = [
    ("sra_run_and_sample_accessions", [("sra_ena_accession_listing", _acc), ("geo_ega_accession_line", _geo)]),
    ("controlled_access_study_identifier", [("dbgap_phs_consent_line", _phs), ("dac_request_number_note", _dar)]),
    ("sequencing_file_digest_manifest", [("fastq_md5sum_manifest", _md5list), ("cram_sha256_listing", _sha_bam)]),
    ("library_index_barcode_sequence", [("samplesheet_i7_i5_indices", _barcodes), ("fastq_header_umi_line", _umi)]),
    ("workflow_engine_run_identifier", [("nextflow_session_uuid_banner", _nfsess), ("cromwell_workflow_uuid_log", _cromwell_id)]),
    ("seqera_workspace_and_run_ids", [("tower_watch_url_run_id", _towerid), ("tower_workspace_env_ids", _tower_ws)]),
    ("cloud_genomics_object_handle", [("dnanexus_project_file_job_ids", _dxids), ("sbg_task_uuid_command", _sbgids)]),
    ("globus_collection_and_task_uuid", [("globus_transfer_endpoint_uuids", _globus_ep), ("globus_task_status_uuid", _globus_task)]),
    ("recipient_public_key_material", [("crypt4gh_public_key_armor", _c4gh_pub), ("hpc_authorized_ed25519_line", _ssh_pub)]),
    ("pipeline_secret_name_reference", [("nextflow_process_secret_directive", _nfsecret_ref), ("actions_secrets_context_env", _gha_ref)]),
    ("masked_pipeline_credential_echo", [("nextflow_log_masked_secrets", _masked_log), ("dx_env_masked_token", _masked_dx)]),
    ("params_template_placeholder_value", [("nfcore_params_angle_placeholder", _placeholder_params), ("galaxy_docs_x_placeholder", _placeholder_docs)]),
    ("container_image_content_digest", [("biocontainer_sha256_pin", _img_digest), ("sylabs_library_sha256_pull", _sing_hash)]),
    ("pipeline_revision_commit_pin", [("nextflow_revision_sha_flag", _git_rev), ("nfcore_modules_json_git_sha", _modules_json)]),
    ("ciphertext_at_rest_blob", [("age_armored_file_block", _age_armor), ("crypt4gh_header_dump", _c4gh_header)]),
    ("lab_password_policy_without_value", [("hpc_rotation_reminder_text", _policy_text), ("irods_onboarding_howto_text", _onboard_text)]),
    ("reference_sequence_checksum_tag", [("vcf_header_reference_md5", _vcf_hash), ("ga4gh_refget_digest_line", _refget)]),
]
# 17 classes were written; the first 16 are used (the brief asked for ~16); the last is kept as a spare
NEG_USE = 16

WRAPPERS = [
    ("", "{X}"),
    ("__in_pipeline_run_report", "Pipeline run report - {d}\n---\n{X}\n---\nStatus: completed"),
    ("__in_nfcore_module_pr_review", "Review comment on PR #{n} (nf-core/modules):\n```\n{X}\n```\nLooks fine to me."),
    ("__in_hpc_helpdesk_reply", "Helpdesk reply to {u}:\nThe output you sent was\n{X}\nNothing sensitive there, closing."),
    ("__in_lab_meeting_minutes", "Lab meeting minutes {d}\n- data status:\n{X}\n- next: variant calling"),
    ("__in_biostars_answer", "Answer (score {n}):\nThat is expected, the tool prints\n\n{X}\n\nand you can ignore it."),
]


def generate():
    rng = random.Random(9806)
    recs = []
    for cls, bases in CLASSES[:NEG_USE]:
        for base, fn in bases:
            for wname, wtpl in WRAPPERS:
                f = fillers(rng)
                body = fn(rng)
                t = wtpl
                for k in ("d", "n", "u"):
                    t = t.replace("{" + k + "}", f[k])
                text = t.replace("{X}", body)
                if not text.endswith("\n"):
                    text += "\n"
                recs.append({"class": cls, "container": base + wname, "text": text, "source": "negative"})
    return recs
