import random
from common import everyday_types, place
PEOPLE = ['Ines', 'Kwame', 'Lotte', 'Ravi', 'Marta', 'Tomasz', 'Aiko', 'Dario', 'Noor', 'Felipe', 'Hana', 'Oskar']
K = [
 ('elixir_runtime_exs_config', 'import Config\n\nconfig :billing, Billing.Vault,\n  «k»: System.get_env("«K»") || "«V»",\n  region: "eu-west-1"\n'),
 ('clojure_edn_profile_map', '{:profiles\n {:dev {:env {:log-level "debug"\n              :«k» "«V»"}}}}\n'),
 ('nim_const_block_source', 'const\n  ServiceName = "ingest"\n  «K»* = "«V»"  # TODO move to env before release\n'),
 ('zig_build_options_source', 'const options = b.addOptions();\noptions.addOption([]const u8, "«K»", "«V»");\nexe.root_module.addOptions("config", options);\n'),
 ('julia_env_setup_script', '# setup.jl, run once per worker\nENV["«K»"] = "«V»"\nusing Pkg; Pkg.instantiate()\n'),
 ('r_renviron_site_file', '# Renviron.site for the analytics RStudio server\nR_LIBS_SITE=/opt/R/site-library\n«K»=«V»\n'),
 ('matlab_startup_m_script', "% startup.m (lab workstation «I»)\nsetenv('«K»', '«V»');\naddpath(genpath('~/toolboxes'));\n"),
 ('lua_openresty_init_block', 'init_by_lua_block {\n    local cfg = require "cfg"\n    cfg.«k» = "«V»"\n}\n'),
 ('php_wp_config_define', "<?php\ndefine( 'WP_CACHE', true );\ndefine( '«K»', '«V»' );\n$table_prefix = 'wp_';\n"),
 ('perl_dbi_connect_script', "#!/usr/bin/perl\nuse strict;\n$ENV{«K»} = '«V»';\nmy $dbh = DBI->connect($dsn, 'report', undef);\n"),
 ('swift_xcconfig_build_setting', '// Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = org.example.field\n«K» = «V»\n'),
 ('dart_flutter_dotenv_asset', '# assets/.env bundled into the app (flutter_dotenv)\nAPP_FLAVOR=prod\n«K»=«V»\n'),
 ('scala_hocon_application_conf', 'app {\n  http.port = 9000\n  secrets {\n    «K» = "«V»"\n  }\n}\n'),
 ('haskell_stack_yaml_extra_env', "# stack.yaml\nresolver: lts-22.«I»\nghc-options:\n  '$locals': -Wall\n# runtime: «K»=«V»\n"),
 ('gradle_properties_user_home', '# ~/.gradle/gradle.properties\norg.gradle.jvmargs=-Xmx2g\n«K»=«V»\n'),
 ('jupyter_notebook_cell_source', '{"cell_type": "code", "execution_count": «I», "metadata": {}, "source": ["import os\\n", "os.environ[\\"«K»\\"] = \\"«V»\\"\\n"]}\n'),
 ('sql_agent_job_step_command', "EXEC msdb.dbo.sp_add_jobstep @job_name = N'nightly-export', @step_name = N'push',\n  @subsystem = N'CmdExec', @command = N'export.exe --«K»=«V»';\n"),
 ('airflow_connections_export_json', '{"reporting_api": {"conn_type": "http", "host": "api.vendor.example", "extra": {"«K»": "«V»"}}}\n'),
 ('nomad_job_template_stanza', 'template {\n  destination = "secrets/app.env"\n  env         = true\n  data        = <<EOH\n«K»=«V»\nEOH\n}\n'),
 ('pulumi_stack_settings_yaml', 'config:\n  aws:region: eu-central-1\n  shop:«K»: «V»\n'),
 ('serverless_yml_provider_env', 'provider:\n  name: aws\n  runtime: nodejs20.x\n  environment:\n    «K»: «V»\n'),
 ('netlify_toml_context_env', '[context.production.environment]\n  NODE_VERSION = "20"\n  «K» = "«V»"\n'),
 ('vercel_env_pull_output', '$ vercel env pull .env.local\n> Downloading `development` Environment Variables\n$ cat .env.local\n«K»="«V»"\n'),
 ('bitbucket_pipelines_step_script', 'pipelines:\n  default:\n    - step:\n        script:\n          - export «K»=«V»\n          - make deploy\n'),
 ('drone_yaml_step_environment', 'kind: pipeline\nsteps:\n- name: publish\n  image: node:20\n  environment:\n    «K»: «V»\n'),
 ('buildkite_job_log_excerpt', '~~~ Running global environment hook\n~~~ Running script\n$ env | sort\n«K»=«V»\n^^^ +++\n'),
 ('teamcity_build_log_line', '[«I»:02:11]i: Step 2/4: publish (Command Line)\n[«I»:02:11] :\t Starting: /bin/sh -c "deploy.sh --token «V»"\n'),
 ('journalctl_unit_output', 'Mar 0«I» 04:12:09 app-3 report-worker[2211]: loaded config «K»=«V» from /etc/report/override.env\n'),
 ('windows_event_viewer_xml_data', '<EventData><Data Name="CommandLine">backup.exe /«K»:«V» /target:\\\\nas01\\share</Data></EventData>\n'),
 ('fluentbit_stdout_record_line', '[0] app.logs: [1717000000.«I», {"level"=>"debug", "msg"=>"client init", "«K»"=>"«V»"}]\n'),
 ('zsh_history_file_lines', ': 17170«I»:0;export «K»=«V»\n: 17170«I»:0;./run-migrations.sh\n'),
 ('powershell_transcript_log', '**********************\nPS C:\\ops> $env:«K» = "«V»"\nPS C:\\ops> .\\Sync-Reports.ps1\n'),
 ('ipython_history_session_dump', 'In [«I»]: import os\nIn [«I»]: os.environ["«K»"] = "«V»"\nIn [«I»]: client = make_client()\n'),
 ('zulip_topic_message_copy', '#ops > deploy keys\n«P»: here is the value for «K» until the vault is back: «V»\n'),
 ('rocketchat_thread_reply_paste', '«P» replied in thread:\n> can someone share «K»?\nsure, «V» (rotate after the demo)\n'),
 ('whatsapp_web_copied_message', '[10:4«I», 12/03] «P»: Neffe hat das eingerichtet, er sagt «K» ist «V», nicht weitergeben\n'),
 ('outlook_meeting_invite_body', 'Microsoft Teams meeting\nAgenda: migrate the newsletter tool\nFor the vendor call you will need «K»: «V»\n'),
 ('google_docs_comment_thread', 'Comment by «P»: Paste «K» here so the contractor can test\nReply: «V»\nResolved\n'),
 ('confluence_storage_format_xml', '<ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[«K»=«V»]]></ac:plain-text-body></ac:structured-macro>\n'),
 ('trello_card_description_markdown', '## Website handover\n- hosting: done\n- «K»: `«V»`\n- DNS: pending\n'),
 ('estate_agency_lockbox_memo', 'Lockbox code 4«I»17 is for keys only. The listing portal integration asks for «K»; it is «V}.\n'.replace('«V}', '«V»')),
 ('orchestra_tour_logistics_sheet', 'Day\tCity\tNotes\n«I»\tGraz\tticketing site mail relay «K» = «V}\n'.replace('«V}', '«V»')),
 ('newsroom_cms_handoff_email', 'Subject: CMS handover\n\nHi «P», the wire importer still reads «K» from the server, value «V». Please rotate after election night.\n'),
 ('construction_site_camera_setup_sheet', 'SITE CAMERA SETUP – gate «I»\nUpload target: cloud archive\n«K»: «V»\nInstalled by: «P»\n'),
 ('university_lab_instrument_logbook', 'Logbook p.«I» – spectrometer PC\nExport script now uses «K»=«V» (set by «P»)\n'),
]

def generate(pool):
    r = random.Random(40001)
    types = everyday_types(); tnames = sorted(types)
    use = {t: 0 for t in tnames}; out = []
    for kind, tpl in K:
        chosen = []
        for _ in range(4):
            cand = [t for t in tnames if t not in chosen]
            m = min(use[t] for t in cand)
            t = r.choice([t for t in cand if use[t] == m]); chosen.append(t); use[t] += 1
            key, gen, pre, suf = types[t]
            v = pool.fresh(lambda: gen(r))
            fills = {'K': key, 'k': key.lower(), 'P': r.choice(PEOPLE), 'I': str(r.randint(1, 9))}
            text, s, e = place(tpl, fills, v, pre, suf)
            out.append(dict(type=t, container=kind, text=text, secrets=[dict(value=v, start=s, end=e, type=t)], source='everyday'))
    return out
