"""Everyday secrets of chip-design developers: 45 container kinds x 4."""
from common122 import G, MARK as S, rec

TYPES = [
 ('semidev_license_server_admin_password', 'pw'),
 ('semidev_regression_db_password', 'pw'),
 ('semidev_board_farm_bmc_password', 'pw'),
 ('semidev_pdk_portal_password', 'pw'),
 ('semidev_lsf_farm_api_token', 'tok'),
 ('semidev_coverage_dashboard_jwt', 'jwt'),
 ('semidev_artifact_mirror_api_key', 'key'),
 ('semidev_bringup_lab_hmac_hex', 'hex'),
 ('semidev_gds_vault_secret_key', 'b64'),
 ('semidev_instrument_gateway_bearer', 'bear'),
 ('semidev_waiver_tracker_webhook_secret', 'wh'),
 ('semidev_tapeout_signoff_client_secret', 'cs'),
]

def gen_value(g, kind):
    if kind == 'pw': return g.pw()
    if kind == 'tok': return 'rgf_' + g.an(36)
    if kind == 'jwt': return g.jwt({'sub': 'cov-' + g.lan(6), 'proj': g.choice(['soc_a72', 'npu_x3', 'serdes56g', 'pmic7']), 'iat': 1760000000 + g.r.randint(0, 9999999)})
    if kind == 'key': return 'amk-' + g.lan(40)
    if kind == 'hex': return g.hex(64)
    if kind == 'b64': return g.b64bytes(30)
    if kind == 'bear': return 'igw.' + g.b64u(48)
    if kind == 'wh': return 'wvr_whs_' + g.an(32)
    if kind == 'cs': return g.b64u(40)
    raise KeyError(kind)

KINDS = [
 ('flexlm_license_file_vendor_line', "SERVER lic01.eda.example.com 0050568a1b2c 27020\nVENDOR snpslmd /opt/flexlm/bin options=/opt/flexlm/snps.opt\n# lmadmin console: admin / " + S + "\nINCREMENT VCSRuntime_Net snpslmd 2026.03 31-dec-2026 40 SIGN=\"...\"\n"),
 ('lmgrd_options_file_comment', "# snps.opt  (lic01)\nGROUP verif_team alice bob chen\nRESERVE 4 VCSRuntime_Net GROUP verif_team\n# rlm web admin pass for remote reread: " + S + "\nMAX 20 Design-Compiler GROUP verif_team\n"),
 ('rlm_server_options_isv', "ISV xilinxd /opt/rlm/xilinxd.set port=5053\n# rlmadmin web login password " + S + "\nPORT 5053\n"),
 ('cadence_cds_lib_comment_block', "DEFINE tsmc_n7 /pdk/tsmc_n7/oa\nDEFINE analog_lib ./analog_lib\n-- vault for layout dumps, key: " + S + "\nINCLUDE $CDSHOME/share/cdssetup/cds.lib\n"),
 ('virtuoso_cdsinit_skill_setq', "; .cdsinit\nenvSetVal(\"layout\" \"xSnapSpacing\" 'float 0.005)\nsetq(regressPortalKey \"" + S + "\")\nload(\"~/skill/bringup_menus.il\")\n"),
 ('innovus_tcl_set_env_line', "# innovus_init.tcl\nset init_design_netlisttype Verilog\nset ::env(SIGNOFF_PORTAL_CRED) \"" + S + "\"\nset_db design_process_node 7\n"),
 ('synopsys_dc_setup_tcl_getenv', "# .synopsys_dc.setup\nset search_path [list . /pdk/n5/db]\nset target_library {n5_stdcell_tt.db}\nset regr_upload_secret \"" + S + "\"\nset_app_var alib_library_analysis_path ./alib\n"),
 ('questa_modelsim_ini_section', "[Library]\nstd = $MODEL_TECH/../std\nwork = work\n\n[vsim]\nResolution = ps\nCoverageDbCredential = " + S + "\nVoptFlow = 1\n"),
 ('vcs_simv_runopts_file', "+UVM_TESTNAME=axi_burst_test\n+UVM_VERBOSITY=UVM_LOW\n+ntb_random_seed=177\n+cov_upload_auth=" + S + "\n-l sim.log\n"),
 ('xcelium_xrunargs_define', "-uvm\n-access +rwc\n-define LAB_DB_PASS=\"" + S + "\"\n-timescale 1ns/1ps\n-f filelist.f\n"),
 ('verilator_makefile_export', "VERILATOR ?= verilator\nVFLAGS = --cc --trace -Wall\nexport COVDASH_TOKEN := " + S + "\nobj_dir/Vtop: rtl/top.sv\n\t$(VERILATOR) $(VFLAGS) $<\n"),
 ('cocotb_makefile_plusargs', "SIM ?= icarus\nTOPLEVEL_LANG ?= verilog\nTOPLEVEL = spi_master\nMODULE = test_spi\nPLUSARGS += +bench_secret=" + S + "\ninclude $(shell cocotb-config --makefiles)/Makefile.sim\n"),
 ('fusesoc_core_file_parameter', "CAPI=2:\nname: ::uart16550:1.5\nparameters:\n  UPLOAD_CRED:\n    datatype: str\n    default: \"" + S + "\"\n    paramtype: plusarg\n"),
 ('edalize_flow_options_yaml', "flow: f4pga\nflow_options:\n  arch: xc7\n  part: xc7a35tcpg236-1\n  artifact_push:\n    url: https://mirror.eda.example.com/bits\n    credential: " + S + "\n"),
 ('vivado_tcl_hw_server_connect', "open_hw_manager\nset farm_auth {" + S + "}\nconnect_hw_server -url boardfarm07.lab.example.net:3121\nopen_hw_target\n"),
 ('quartus_qsf_assignment_comment', "set_global_assignment -name FAMILY \"Cyclone V\"\nset_global_assignment -name DEVICE 5CSEMA5F31C6\n# bench gateway credential " + S + " (do not commit)\nset_location_assignment PIN_AF14 -to CLOCK_50\n"),
 ('lattice_radiant_ldf_option', "<BaliProject version=\"3.2\" title=\"ice40_bringup\">\n  <Options>\n    <Option name=\"mirror.apikey\" value=\"" + S + "\"/>\n  </Options>\n</BaliProject>\n"),
 ('yosys_nextpnr_script_env', "#!/bin/sh\nexport BITSTORE_KEY='" + S + "'\nyosys -p 'synth_ice40 -top top -json top.json' rtl/top.v\nnextpnr-ice40 --up5k --json top.json --asc top.asc\n"),
 ('openlane_config_json_extra', "{\n  \"DESIGN_NAME\": \"aes_core\",\n  \"CLOCK_PERIOD\": 10.0,\n  \"FP_CORE_UTIL\": 45,\n  \"EXTRA_UPLOAD_SECRET\": \"" + S + "\"\n}\n"),
 ('openroad_flow_config_mk', "export DESIGN_NAME = ibex_core\nexport PLATFORM    = sky130hd\nexport METRICS_PUSH_AUTH = " + S + "\nexport CORE_UTILIZATION = 40\n"),
 ('klayout_drc_ruby_deck', "# sky130 drc wrapper\nsource($input)\nreport(\"DRC\", $output)\n$waiver_hook_secret = \"" + S + "\"\nmetal1 = input(68, 20)\n"),
 ('calibre_runset_svrf_include', "LAYOUT PATH \"top.gds\"\nLAYOUT PRIMARY \"top\"\n// results upload: " + S + "\nDRC RESULTS DATABASE \"drc.results\" ASCII\n"),
 ('spectre_ocean_script_envvar', "; ocean regression\nsimulator('spectre)\ndesign(\"./netlist\")\nsetShellEnvVar(\"RESULTS_DB_PW=" + S + "\")\nrun()\n"),
 ('ngspice_spiceinit_setvar', "* .spiceinit\nset ngbehavior=hsa\nset num_threads=8\nset resultsauth=\"" + S + "\"\n"),
 ('lsf_bsub_wrapper_script', "#!/bin/bash\n#BSUB -q regress_long\n#BSUB -n 8\n#BSUB -R \"rusage[mem=32000]\"\nexport FARM_TOKEN=" + S + "\n./run_regress.py --suite nightly\n"),
 ('slurm_sbatch_regression_job', "#!/bin/bash\n#SBATCH --job-name=gls_sweep\n#SBATCH --partition=sim\n#SBATCH --array=0-63\nCOV_PUSH=" + S + " ./gls.sh $SLURM_ARRAY_TASK_ID\n"),
 ('sge_qsub_options_file', "-cwd\n-V\n-q verif.q\n-pe smp 4\n-v LICENSE_ADMIN_PW=" + S + "\n"),
 ('jenkins_groovy_regression_stage', "stage('nightly-regress') {\n  environment { RESULTS_KEY = '" + S + "' }\n  steps { sh 'make -C verif regress SEED=random' }\n}\n"),
 ('buildbot_master_cfg_worker', "c['workers'] = [\n    worker.Worker('fpga-bench-03', '" + S + "'),\n]\nc['protocols'] = {'pb': {'port': 9989}}\n"),
 ('gitlab_runner_config_toml_env', "[[runners]]\n  name = \"sim-farm-12\"\n  url = \"https://git.chipco.example.com/\"\n  executor = \"shell\"\n  environment = [\"LAB_GW=" + S + "\", \"LM_LICENSE_FILE=27020@lic01\"]\n"),
 ('bazel_bazelrc_action_env', "build --jobs=64\nbuild --action_env=LM_LICENSE_FILE=27020@lic01\nbuild --action_env=ARTIFACT_MIRROR_KEY=" + S + "\ntest --test_output=errors\n"),
 ('nix_flake_shell_hook_export', "devShells.default = pkgs.mkShell {\n  packages = [ pkgs.verilator pkgs.yosys ];\n  shellHook = ''\n    export REGRESS_DB_PASS=\"" + S + "\"\n  '';\n};\n"),
 ('modulefiles_tcl_setenv', "#%Module1.0\nmodule-whatis \"Synopsys VCS 2026.03\"\nprepend-path PATH /tools/synopsys/vcs/bin\nsetenv VCS_COVDB_SECRET " + S + "\n"),
 ('pytest_ini_env_plugin', "[pytest]\nmarkers = silicon: needs real board\nenv =\n    BENCH_GATEWAY_TOKEN=" + S + "\n    PYVISA_LIBRARY=@py\n"),
 ('pyvisa_bench_config_yaml', "instruments:\n  scope:\n    resource: TCPIP0::10.20.4.17::inst0::INSTR\n  smu:\n    resource: TCPIP0::10.20.4.22::hislip0::INSTR\ngateway:\n  host: benchgw.lab.example.net\n  secret: " + S + "\n"),
 ('labgrid_environment_yaml', "targets:\n  main:\n    resources:\n      RemotePlace:\n        name: zynq-board-14\n    drivers:\n      SerialDriver: {}\noptions:\n  coordinator_secret: " + S + "\n"),
 ('openocd_cfg_tcl_comment', "adapter driver ftdi\nftdi vid_pid 0x0403 0x6010\ntransport select jtag\n# bench pdu login: " + S + "\nsource [find target/stm32h7x.cfg]\n"),
 ('uboot_env_txt_variable', "bootdelay=3\nserverip=10.20.4.1\nipaddr=10.20.4.91\nfarm_pass=" + S + "\nbootcmd=tftp 0x80000000 Image; booti 0x80000000\n"),
 ('bringup_python_register_script', "# bringup/ddr_train.py\nimport bench\nBMC_HOST = '10.20.4.30'\nBMC_PASSWORD = '" + S + "'\nbench.connect(BMC_HOST, 'root', BMC_PASSWORD)\nbench.write_reg(0x4000_1000, 0x1)\n"),
 ('perl_regression_runner_hash', "my %cfg = (\n  farm    => 'lsf',\n  db_host => 'regressdb.eda.example.com',\n  db_pass => '" + S + "',\n);\n"),
 ('systemverilog_uvm_config_db_string', "// tb_top.sv\ninitial begin\n  uvm_config_db#(string)::set(null, \"*\", \"lab_cred\", \"" + S + "\");\n  run_test();\nend\n"),
 ('eda_jira_bug_comment', "[VERIF-4412] x-prop mismatch in gls\nComment from ravi: reproduced on farm node sim-117. you can rerun with the coverage dashboard login, credential " + S + " , results go to /proj/npu/gls\n"),
 ('chip_team_zulip_message', "#bringup > board 14 dead?\nmei: pdu on 10.20.4.50 accepts " + S + " for the admin account, power-cycle port 6 and ping me\n"),
 ('tapeout_checklist_markdown_row', "| step | owner | note |\n|---|---|---|\n| DRC clean | lena | calibre 2026.1 |\n| upload GDS | tom | portal key " + S + " |\n"),
 ('foundry_portal_cookie_curl_history', "  512  curl -s https://pdk.foundry.example.com/api/releases -H 'X-Portal-Auth: " + S + "' | jq '.[0]'\n  513  ls /pdk\n"),
]

def build(seed=12201):
    g = G(seed)
    out = []
    n = 0
    for ki, (kind, tmpl) in enumerate(KINDS):
        for j in range(4):
            typ, vk = TYPES[(5 * ki + 7 * j) % len(TYPES)]
            v = gen_value(g, vk)
            n += 1
            out.append((typ, kind, tmpl, v))
    return out
