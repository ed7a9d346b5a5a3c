"""Hard negatives: 15 classes x 2 base kinds x 6 presentations + 5 documentation values."""
import random, base64, struct, uuid, hashlib, hmac, zlib
from common import *

def b64(r, n): return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()
def uid(r): return str(uuid.UUID(int=r.getrandbits(128), version=4))
def sshpub(r):
    blob = struct.pack('>I', 11) + b'ssh-ed25519' + struct.pack('>I', 32) + bytes(r.getrandbits(8) for _ in range(32))
    return 'ssh-ed25519 ' + base64.b64encode(blob).decode()

def k_ssh(r): return '# ~/.ssh/authorized_keys on the login nodes\n' + '\n'.join('%s %s@laptop' % (sshpub(r), r.choice(USERS)) for _ in range(3))
def k_gpg(r):
    body = b64(r, 180)
    return 'Data-release signing key (public, safe to share):\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n' + '\n'.join(body[i:i + 64] for i in range(0, len(body), 64)) + '\n=' + b64(r, 3) + '\n-----END PGP PUBLIC KEY BLOCK-----'
def k_sbatch_ph(r): return '#SBATCH --account=<your-project-code>\nexport ZENODO_TOKEN=<paste-your-token-here>\nexport LIMS_DB_PASSWORD="${LIMS_DB_PASSWORD:?set me}"\n# job %d' % r.randint(1000, 99999)
def k_renv_ph(r): return '# .Renviron.example – copy to .Renviron and fill in\nREDCAP_API_TOKEN=CHANGE_ME\nOSF_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nSMTP_PASSWORD=[REDACTED]\n# template rev %d' % r.randint(2, 40)
def k_md5(r): return '\n'.join('%s  SRR%d_%d.fastq.gz' % (s(r, HEX, 32), r.randint(10**7, 10**8), k) for k in (1, 2, 1, 2))
def k_sha256(r): return 'checksums (zenodo record %d):\n' % r.randint(10**6, 10**7) + '\n'.join('sha256:%s  %s' % (s(r, HEX, 64), f) for f in ('counts.h5ad', 'meta.tsv', 'README.md'))
def k_vault(r): return '$ANSIBLE_VAULT;1.1;AES256\n' + '\n'.join(s(r, '0123456789', 1) + s(r, HEX, 79) for _ in range(4))
def k_age(r): return 'age-encryption.org/v1\n-> X25519 ' + b64(r, 32).rstrip('=') + '\n' + b64(r, 32).rstrip('=') + '\n--- ' + b64(r, 32).rstrip('=') + '\n[binary payload of cohort_%d.csv.age follows]' % r.randint(1, 99)
def k_mask(r): return 'Active tokens on the HPC portal:\n' + '\n'.join('  %s  created %s  ****************%s' % (n, '2025-0%d-1%d' % (r.randint(1, 9), r.randint(0, 9)), s(r, ALNUM, 4)) for n in ('jobs-api', 'globus-sync', 'jhub'))
def k_last4(r): return 'ELN settings > API keys\nName: plate-reader-import   Key: %s…%s   Scope: write\nName: backup   Key: ••••••••%s   Scope: read' % (s(r, ALNUM, 4), s(r, ALNUM, 4), s(r, ALNUM, 4))
def k_conda(r): return '\n'.join('%s-%s-%s_%d' % (p, v, 'py311h' + s(r, HEX, 7), r.randint(0, 3)) for p, v in (('numpy', '1.26.4'), ('scipy', '1.13.1'), ('h5py', '3.11.0'), ('pytorch', '2.3.1')))
def k_gitsha(r): return 'Methods: analysis code is at commit %s (tag v%d.%d); figures were regenerated at %s.' % (s(r, HEX, 40), r.randint(1, 3), r.randint(0, 9), s(r, HEX, 40))
def k_policy(r): return 'Cluster password policy: at least 14 characters, rotated every %d days, never shared between lab members and never written into job scripts, notebooks or the wiki. Use the password manager vault "%s".' % (r.choice([90, 180]), r.choice(PROJECTS))
def k_reset(r): return 'If you forgot your grant-portal password, use the "Forgot password" link; the research office cannot see or send you your password. Ticket ref %d.' % r.randint(10**4, 10**5)
def k_argon(r): return "c.PasswordIdentityProvider.hashed_password = 'argon2:$argon2id$v=19$m=10240,t=10,p=8$%s$%s'" % (b64(r, 16).rstrip('='), b64(r, 32).rstrip('='))
def k_ssha(r): return 'dn: uid=%s,ou=people,dc=lab,dc=example\nobjectClass: inetOrgPerson\nuserPassword: {SSHA}%s' % (r.choice(USERS), b64(r, 24))
def k_vaultref(r): return 'export OSF_TOKEN="$(vault kv get -field=token secret/lab/%s/osf)"\nexport DB_PW="$(pass show lab/lims/db)"' % r.choice(PROJECTS)
def k_nfsecret(r): return "process {\n  withName: 'UPLOAD' { secret = ['ZENODO_TOKEN', 'S3_SECRET'] }\n}\n// set with: nextflow secrets set ZENODO_TOKEN  (run %d)" % r.randint(1, 999)
def k_globus(r): return 'Task ID: %s\nTask ID: %s\nStatus: SUCCEEDED' % (uid(r), uid(r))
def k_omero(r): return '\n'.join('Image:%d  %s  %s.czi' % (r.randint(10**4, 10**6), uid(r), r.choice(['well_A3', 'embryo_12', 'slice_07'])) for _ in range(3))
def k_modav(r): return '----- /apps/modulefiles -----\n   cuda/12.%d.0   gcc/13.2.0   openmpi/4.1.%d   python/3.11.%d   R/4.4.%d   matlab/R2024b' % (r.randint(1, 6), r.randint(4, 6), r.randint(5, 9), r.randint(0, 2))
def k_sessioninfo(r): return 'R version 4.4.%d (2024-10-31)\nPlatform: x86_64-pc-linux-gnu\nother attached packages:\n[1] Seurat_5.1.0  ggplot2_3.5.%d  dplyr_1.1.4' % (r.randint(0, 2), r.randint(0, 1))
def k_pytest(r): return '@pytest.fixture\ndef lims_login():\n    return {"user": "test-user", "password": "not-a-real-password"}  # fake, case %d' % r.randint(1, 500)
def k_testthat(r): return 'test_that("upload fails with bad key", {\n  withr::local_envvar(FIGSHARE_TOKEN = "dummy-token-for-tests")\n  expect_error(upload_%d())\n})' % r.randint(1, 99)
def k_doi(r): return 'References\n1. doi:10.%d/%s\n2. ORCID 0000-000%d-%04d-%04d\n3. doi:10.5281/zenodo.%d' % (r.randint(1000, 9999), s(r, LOWNUM, 10), r.randint(1, 3), r.randint(0, 9999), r.randint(0, 9999), r.randint(10**6, 10**7))
def k_accession(r): return 'run_accession\tsample\tstudy\nERR%d\tSAMEA%d\tPRJEB%d\nSRR%d\tSAMN%d\tPRJNA%d' % tuple(r.randint(10**6, 10**8) for _ in range(6))
def k_primer(r): return 'name,sequence_5_3,scale\n' + '\n'.join('%s_%s,%s,25nm' % (g, d, s(r, 'ACGT', 22)) for g, d in (('GAPDH', 'F'), ('GAPDH', 'R'), ('ACTB', 'F')))
def k_barcode(r): return '[Data]\nSample_ID,index,index2\n' + '\n'.join('S%d,%s,%s' % (k, s(r, 'ACGT', 10), s(r, 'ACGT', 10)) for k in range(1, 4))
def k_flowcell(r): return '\n'.join('%s_A0%d_%04d_B%s' % ('25%02d%02d' % (r.randint(1, 12), r.randint(1, 28)), r.randint(1000, 2000), r.randint(1, 999), s(r, string.ascii_uppercase + string.digits, 9)) for _ in range(3))
def k_rawfiles(r): return '\n'.join('%s_%s_%s.raw' % ('QE%d' % r.randint(1, 5), s(r, HEX, 12).upper(), r.choice(['DDA', 'DIA', 'PRM'])) for _ in range(3))

CLASSES = {
 'public_key_or_certificate': [('cluster_authorized_keys_ed25519', k_ssh), ('data_release_pgp_public_block', k_gpg)],
 'placeholder_or_redacted': [('sbatch_template_angle_placeholders', k_sbatch_ph), ('renviron_example_changeme_file', k_renv_ph)],
 'digest_or_checksum': [('sra_fastq_md5sum_manifest', k_md5), ('zenodo_record_sha256_checksums', k_sha256)],
 'ciphertext_or_sealed_value': [('ansible_vault_lab_group_vars', k_vault), ('age_encrypted_cohort_header', k_age)],
 'masked_partial_value': [('hpc_portal_token_listing_masked', k_mask), ('eln_api_key_settings_last4', k_last4)],
 'code_identifier_lookalike': [('conda_package_build_hash_list', k_conda), ('methods_section_commit_sha', k_gitsha)],
 'password_prose_no_value': [('cluster_password_policy_wiki', k_policy), ('grant_portal_reset_instructions', k_reset)],
 'password_hash_not_plaintext': [('jupyter_argon2_hashed_password_line', k_argon), ('ldap_ssha_userpassword_ldif', k_ssha)],
 'secret_store_reference': [('slurm_script_vault_kv_get', k_vaultref), ('nextflow_secrets_directive', k_nfsecret)],
 'uuid_or_request_identifier': [('globus_transfer_task_ids', k_globus), ('omero_image_uuid_listing', k_omero)],
 'version_or_build_string': [('module_avail_versions_output', k_modav), ('r_sessioninfo_printout', k_sessioninfo)],
 'test_fixture_fake_credential': [('pytest_fixture_dummy_lims_login', k_pytest), ('testthat_mock_token_envvar', k_testthat)],
 'research_persistent_identifier': [('doi_orcid_reference_list', k_doi), ('ena_sra_accession_table', k_accession)],
 'biological_sequence_string': [('primer_order_sequence_csv', k_primer), ('dual_index_barcode_sheet', k_barcode)],
 'instrument_run_identifier': [('sequencer_run_folder_names', k_flowcell), ('mass_spec_raw_file_listing', k_rawfiles)],
}
NEW_CLASSES = ['research_persistent_identifier', 'biological_sequence_string', 'instrument_run_identifier']
WRAPPERS = {
 'in_eln_entry_body': 'ELN entry @@N@@, @@D@@ (@@U@@)\n%s\nNo credentials in this entry.\n',
 'in_hpc_ticket_comment': 'Ticket #@@N@@ comment by @@U@@:\n%s\n',
 'in_grant_report_appendix': 'Appendix C – data management (@@P@@)\n%s\n',
 'in_lab_wiki_paragraph': '== @@P@@ notes ==\n%s\n',
 'in_notebook_markdown_cell': '{"cell_type": "markdown", "metadata": {}, "source": %s}\n',
}

AWS_DOC = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
DOCS = {
 'aws_docs_example_secret_in_boto3_lab_tutorial': ('AWS_DOC', 'From the boto3 tutorial on the lab wiki (documentation example, not a real key):\naws_secret_access_key = %s\n'),
 'sha256_empty_input_in_checksum_howto': ('SHA256_EMPTY', 'Checksum how-to: if sha256sum prints %s the file is empty – re-download it.\n'),
 'rfc2202_case2_hmac_sha1_in_webhook_docs': ('HMAC_SHA1_JEFE', 'RFC 2202 test case 2 (key "Jefe", data "what do ya want for nothing?") must give %s; our ELN webhook verifier passes it.\n'),
 'crc32_check_value_in_instrument_protocol_spec': ('CRC32_CHECK', 'Instrument serial protocol spec: frame CRC is CRC-32/ISO-HDLC, check value for "123456789" is %s.\n'),
 'md5_fox_pangram_in_data_integrity_guide': ('MD5_FOX', 'Data-integrity guide: md5 of "The quick brown fox jumps over the lazy dog" is %s – use it to test your md5 tool.\n'),
}
PUBLISHED = {'AWS_DOC': AWS_DOC, 'SHA256_EMPTY': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
             'HMAC_SHA1_JEFE': 'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79', 'CRC32_CHECK': 'cbf43926',
             'MD5_FOX': '9e107d9d372bb6826bd81d3542a419d6'}
def recompute():
    return {'AWS_DOC': AWS_DOC,  # published constant, cannot be recomputed
            'SHA256_EMPTY': hashlib.sha256(b'').hexdigest(),
            'HMAC_SHA1_JEFE': hmac.new(b'Jefe', b'what do ya want for nothing?', hashlib.sha1).hexdigest(),
            'CRC32_CHECK': '%08x' % zlib.crc32(b'123456789'),
            'MD5_FOX': hashlib.md5(b'The quick brown fox jumps over the lazy dog').hexdigest()}

def build():
    import json
    rng = random.Random(6206)
    recs = []
    for cls, kinds in CLASSES.items():
        for kind, fn in kinds:
            recs.append({'class': cls, 'container': kind, 'text': fn(rng) + '\n'})
            for w, tpl in WRAPPERS.items():
                body = fn(rng)
                if w == 'in_notebook_markdown_cell':
                    body = json.dumps([ln + '\n' for ln in body.split('\n')], ensure_ascii=False)
                text, _, _ = fill(tpl.replace('%s', body) + '@@V@@', rng, '')
                recs.append({'class': cls, 'container': kind + '__' + w, 'text': text})
    vals = recompute()
    for kind, (key, tpl) in DOCS.items():
        recs.append({'class': 'vendor_documentation_value', 'container': kind, 'text': tpl % vals[key]})
    return recs
