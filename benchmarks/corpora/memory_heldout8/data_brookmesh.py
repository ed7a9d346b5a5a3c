"""brookmesh: Fortran 2D shallow-water flood inundation model for a river trust's flood wardens."""
from authoring import chat, commit, edit, file, note, pool_cmd as P, q, sh

NAME, ABBR, CWD = "brookmesh", "bm", "~/work/brookmesh"

RECORDS = [
    note("f1", 1, "First cut of the model: a 1D kinematic-wave routing along the main channel only, no floodplain "
         "cells. Enough to get travel times from the gauge to town."),
    commit("f7", 1, "Hard-code run parameters in src/params.f90 for now\n\nManning's n, grid spacing, run length and "
           "the inflow file name are compile-time constants until the solver settles.", ["A src/params.f90"]),
    note("k1o", 2, "Build: fpm build --profile release; fpm.toml pulls test-drive as a dev dependency."),
    note("f4", 2, "Runs happen on the old Dell desktop in the trust office, left running overnight; results copied "
         "off on a USB stick in the morning."),
    note("f2", 3, "Terrain: OS Terrain 50 (50 m posts) resampled onto the model grid with bilinear interpolation."),
    note("k3o1", 4, "Default grid: 10 m cells everywhere."),
    edit("f3", 5, "test/dambreak.md", "Checking the solver: run cfg/dambreak and eyeball the depth profile against "
         "the Ritter analytical solution pasted into dambreak_ritter.ods."),
    commit("f5", 6, "Write an ESRI ASCII grid (.asc) of depth per snapshot", ["A src/io/ascii.f90", "M src/main.f90"]),
    edit("k4o", 6, "src/params.f90", "real(dp), parameter :: output_every = 60.0_dp  ! seconds of simulated time"),
    note("k5o", 8, "Inflow: EA flood-monitoring API, 15-minute stage readings at the Hay bridge station, converted to "
         "discharge with the rating curve."),
    commit("f6", 9, "Add gnuplot heatmap script for the .asc snapshots\n\n'with image' per snapshot, stitched into a "
           "GIF with ImageMagick.", ["A scripts/depth.gp", "A scripts/make_gif.sh"]),
    commit("f1l1", 10, "2D shallow-water finite-volume solver with HLL fluxes\n\nReplaces the 1D channel routing; "
           "floodplain cells now wet and dry.", ["A src/solver.f90", "A src/fluxes.f90", "D src/kinematic.f90"]),
    commit("f7l", 11, "Read run settings from Fortran namelist files (cfg/*.nml)", ["A src/config.f90", "A cfg/default.nml", "M src/params.f90"]),
    commit("k6o", 12, "OpenMP parallel loops over cells\n\nOne node, 32 threads.", ["M src/solver.f90", "M fpm.toml"]),
    sh("c1d", 13, "ssh kelpie gfortran --version", "GNU Fortran (GCC) 11.4.1 20230605 (Red Hat 11.4.1-2)"),
    sh("c1", 13, "gfortran --version", "GNU Fortran (Homebrew GCC 13.2.0) 13.2.0\nCopyright (C) 2023 Free Software "
       "Foundation, Inc."),
    note("k7o", 14, "Warden alert when the modelled depth at the school lane passes 0.3 m."),
    note("f3l1", 14, "Unit tests now use test-drive, run with fpm test (flux and wetting/drying suites)."),
    commit("f5l1", 15, "Write results to NetCDF (classic) with time as the record dimension",
           ["A src/io/output.f90", "D src/io/ascii.f90"]),
    commit("p1", 16, "Adaptive timestep from the CFL condition\n\nA fixed dt of 2.0 s broke the Courant limit on the "
           "10 m cells once flow sped up; dt is now 0.7*dx/max(|u|+sqrt(g*h)) each step.", ["M src/solver.f90"]),
    note("p1d", 16, "Storm run for the February event: water levels at Hay bridge a few minutes after the peak look "
         "right. Suddenly the plots need new colours."),
    commit("f2l", 17, "Switch terrain to the EA LIDAR 1 m composite DTM, aggregated to the model grid",
           ["A scripts/prep_dem.py", "M cfg/default.nml"]),
    commit("f4l", 19, "Add Slurm submit script for the kelpie cluster", ["A scripts/wye.sbatch"]),
    commit("p2", 20, "Stop dividing EA readings by 1000\n\nThe flood-monitoring API already returns stage in metres; "
           "the loader treated it as millimetres, so the inflow hydrograph was a thousand times too small.",
           ["M src/io/gauge.f90"]),
    note("p2d", 20, "Village hall talk: show the model's river map, explain the banks and dry routes; bring the "
         "bone-dry summer photos."),
    edit("k2o", 20, "scripts/wye.sbatch", "module load gcc/12.3.0 netcdf-fortran/4.6.1  # compiler for cluster runs"),
    commit("k3o2", 21, "Default to 5 m cells for the catchment runs", ["M cfg/wye.nml"]),
    sh("c3d", 22, "fpm test", "# Testing: wetting_drying\n  Starting thin_film ... (1/5)\n       ... thin_film [FAILED]\n"
       "  Message: depth -1.2E-09 below zero\n2 test(s) failed!", code=1),
    sh("c3", 22, "fpm test", "# Testing: hll_flux\n  Starting still_water ... (1/7)\n       ... still_water [PASSED]\n"
       "# Testing: wetting_drying\n       ... thin_film [PASSED]\nSummary: 24 of 24 tests passed"),
    edit("p3", 23, "src/fluxes.f90", "Add reduction(+:dvol) to the !$omp parallel do over cells; the shared "
         "accumulator dvol was being updated by several threads at once, so the mass total changed from one go to "
         "the next.", src="cursor"),
    note("p3d", 23, "Cluster quota: two runs with different inputs each eat about 40 GB; identical outputs can be "
         "deleted. Answers to Dr Hale's questions go in the wiki."),
    sh("c2d", 24, "ssh kelpie squeue -u rtw", "  JOBID PARTITION      NAME  USER ST       TIME  NODES\n"
       "4418311   compute wye_storm   rtw  R    1:12:09      2"),
    sh("c2", 24, "ssh kelpie sacct -j 4418207 --format=JobID,JobName,State,Elapsed",
       "JobID           JobName      State    Elapsed\n4418207       wye_storm    TIMEOUT   04:00:17"),
    note("p4", 24, "Slurm's default 'compute' partition has a 4h wall clock cap. The 72h storm scenarios have to go "
         "to the 'long' partition (48h cap): #SBATCH -p long --time=12:00:00."),
    note("p4d", 24, "Overnight jobs checklist: keep an eye on the four scenario jobs, mark any killed by the admins in "
         "the run log, check around 9am."),
    commit("k1", 25, "Move the build to CMake\n\nfpm couldn't find the cluster's NetCDF-Fortran module without "
           "hand-written link flags; CMake's FindNetCDF and the MPI wrappers work on kelpie and on the Mac.",
           ["A CMakeLists.txt", "A cmake/FindNetCDF.cmake", "D fpm.toml"]),
    commit("f3l2", 27, "Port the unit tests to pFUnit under CTest", ["A test/CMakeLists.txt", "A test/test_fluxes.pf", "D test/main.f90"]),
    sh("c4d", 28, "ncdump -h out/wye_10m.nc | head -8", "netcdf wye_10m {\ndimensions:\n\tx = 1437 ;\n\ty = 981 ;\n"
       "\ttime = UNLIMITED ; // (217 currently)\n// global attributes:\n\t\t:title = \"Wye domain, 10 m cells\" ;"),
    sh("c4", 28, "ncdump -h out/wye_5m.nc | head -6", "netcdf wye_5m {\ndimensions:\n\tx = 2874 ;\n\ty = 1961 ;\n"
       "\ttime = UNLIMITED ; // (433 currently)"),
    note("f6l", 30, "Looking at output now: the ParaView state file viz/depth.pvsm and an xarray notebook on the "
         "NetCDF files."),
    commit("c6d", 31, "Add roughness map for arable land and grassland edges (n from CORINE classes)",
           ["A data/landcover_n.csv", "M scripts/prep_dem.py"]),
    commit("c6", 31, "Calibrate Manning's n: pasture 0.035 -> 0.045\n\nFitted against the February 2024 event at Hay "
           "bridge; woodland unchanged at 0.10.", ["M cfg/wye.nml"]),
    note("k4", 33, "Snapshots: every 300 s of simulated time now (output_every = 300 in cfg/wye.nml); 60 s filled the "
         "scratch quota."),
    commit("p5", 34, "Write NetCDF-4 (nf90_netcdf4) instead of the classic format\n\nClassic 32-bit offsets overflowed "
           "past 2 GiB on the Wye 5 m domain, so the files were truncated.", ["M src/io/output.f90"]),
    note("p5d", 34, "ParaView viewer tips: open the results for the big catchment with the lite reader and set the "
         "colour map to blues."),
    chat("p6", 35, "User: level keeps climbing in the ghost cells at the boundary.\nAssistant: Your ghost cells copy "
         "the interior depth and flip the normal momentum - that's a reflective wall, so flow bounces back. For an "
         "outflow boundary use zero-gradient (transmissive): copy h, hu and hv unchanged, or impose the downstream stage."),
    note("p6d", 35, "Print layout: the legend keeps stacking up along the outer edge of the map area instead of "
         "leaving room for the scale bar."),
    commit("k2", 38, "Build cluster runs with Intel ifx\n\nifx -O3 -xHost was 1.6x faster than gfortran on the kelpie "
           "nodes; the Mac keeps gfortran.", ["M scripts/wye.sbatch", "A cmake/toolchain-kelpie.cmake"]),
    commit("k6", 40, "MPI domain decomposition with 2D halo exchange\n\nOpenMP stopped scaling past one node; blocks "
           "are split across ranks with MPI_Cart_create and halos swapped every step.", ["A src/decomp.f90", "M src/solver.f90"]),
    note("k5", 44, "Inflow now comes from the trust's own ultrasonic level sensor upstream of Hay bridge (LoRaWAN, "
         "every 5 minutes through TTN, scripts/fetch_ttn.py); EA readings are only the fallback."),
    sh("c5d", 45, "srun -n 32 ./build/brookmesh cfg/wye_full.nml", "[rank 0] 32 ranks, 8x4 decomposition\n[rank 0] "
       "done: simulated 72h 00m in wall 3h 31m 40s"),
    sh("c5", 46, "srun -n 64 ./build/brookmesh cfg/wye_full.nml", "[rank 0] 64 ranks, 8x8 decomposition\n[rank 0] "
       "done: simulated 72h 00m in wall 1h 52m 09s"),
    note("k7", 48, "Warden alert lowered: modelled depth at the school lane over 0.15 m. The wardens want to close "
         "the lane before cars stall; 0.3 m was too late."),
    note("k3", 50, "Cells: 2 m along the town reach (Hay bridge to the school lane) and 5 m everywhere else, using the "
         "nested block in cfg/wye.nml."),
]

QUESTIONS = [
    q("paraphrase", "Why did the water suddenly shoot up to absurd levels a few minutes into the storm run?", "p1",
      note="Fixed dt broke the CFL limit; adaptive timestep.", dis=["p1d"]),
    q("paraphrase", "How come the model showed the village bone dry while the river was clearly over its banks?", "p2",
      note="EA stage already in metres, divided by 1000.", dis=["p2d"]),
    q("paraphrase", "Why did two runs on the cluster with identical inputs give different answers?", "p3",
      note="OpenMP race on the shared accumulator; reduction clause.", dis=["p3d"]),
    q("paraphrase", "Why did the overnight jobs keep getting killed around the four-hour mark?", "p4",
      note="Default Slurm partition caps wall clock at 4h.", dis=["p4d"]),
    q("paraphrase", "Why wouldn't the results for the big catchment open in the viewer?", "p5",
      note="NetCDF classic offsets overflowed past 2 GiB; NetCDF-4.", dis=["p5d"]),
    q("paraphrase", "Why was water stacking up along the outer edge of the area instead of leaving?", "p6",
      note="Reflective ghost cells; use a transmissive outflow boundary.", dis=["p6d"]),
    q("command_fact", "What gfortran version did I have on my Mac when I was working on the flood model?", "c1",
      keys=["13.2.0"], null=True, note="gfortran --version on the laptop.", dis=["c1d"]),
    q("command_fact", "What was the ID of the storm job that ran out of wall time?", "c2", keys=["4418207"],
      note="sacct shows TIMEOUT for that job.", dis=["c2d"]),
    q("command_fact", "How many solver tests were there when the fpm suite last ran clean?", "c3", keys=["24 of 24"],
      note="The passing fpm test run after the failing one.", dis=["c3d"]),
    q("command_fact", "How many cells across is the Wye domain at 5 m?", "c4", keys=["x = 2874"],
      note="ncdump -h header of wye_5m.nc.", dis=["c4d"]),
    q("command_fact", "How long did the full-resolution Wye run on 64 ranks take?", "c5", keys=["1h 52m 09s"],
      note="srun output wall time.", dis=["c5d"]),
    q("command_fact", "What roughness value did we end up using for grassland after calibrating?", "c6", keys=["0.045"],
      note="Calibration commit for pasture Manning's n.", dis=["c6d"]),
    q("knowledge_update", "How do we build the model at the moment?", "k1", old=["k1o"], note="fpm, then CMake."),
    q("knowledge_update", "Which compiler is used for cluster runs of the flood model now?", "k2", old=["k2o"],
      null=True, note="gcc module in the sbatch script, then ifx."),
    q("knowledge_update", "What cell size are we using for the main runs currently?", "k3", old=["k3o1", "k3o2"],
      note="10 m -> 5 m -> 2 m town reach / 5 m elsewhere."),
    q("knowledge_update", "How often do we write snapshots now?", "k4", old=["k4o"], note="60 s constant, then 300 s."),
    q("knowledge_update", "Where does the inflow hydrograph come from these days?", "k5", old=["k5o"],
      note="EA API, then the trust's own LoRaWAN sensor."),
    q("knowledge_update", "How is the model parallelised now?", "k6", old=["k6o"], note="OpenMP only, then MPI."),
    q("knowledge_update", "What depth at the school lane triggers the warden alert now?", "k7", old=["k7o"],
      note="0.3 m, then 0.15 m."),
    q("first_attempt", "What kind of model did we start with before going 2D?", "f1", old=["f1l1", "p1"],
      note="1D kinematic wave before the 2D finite-volume solver."),
    q("first_attempt", "Which elevation data did we use initially?", "f2", old=["f2l"], note="OS Terrain 50 before LIDAR."),
    q("first_attempt", "How did we check the solver at the very start?", "f3", old=["f3l1", "f3l2"],
      note="Dam-break vs Ritter by eye, then test-drive, then pFUnit."),
    q("first_attempt", "Where did the flood model's long simulations run originally?", "f4", old=["f4l"], null=True,
      note="Office desktop overnight before kelpie."),
    q("first_attempt", "What did the model write its results as in the beginning?", "f5", old=["f5l1", "p5"],
      note="ASCII grids, then NetCDF classic, then NetCDF-4."),
    q("first_attempt", "How did we look at the flood depth pictures at first?", "f6", old=["f6l"],
      note="gnuplot heatmaps before ParaView/xarray."),
    q("first_attempt", "How were the model settings stored initially?", "f7", old=["f7l"],
      note="Compile-time constants before namelists."),
]

FILLERS = [
    commit(None, None, "Add rating-curve table for Hay bridge", ["A data/rating_haybridge.csv"], win=(8, 60)),
    commit(None, None, "Tidy kind parameters into src/kinds.f90", ["A src/kinds.f90", "M src/solver.f90"], win=(10, 60)),
    commit(None, None, "Write max-depth envelope as a separate variable", ["M src/io/output.f90"], win=(16, 60)),
    commit(None, None, "README: how to prepare a new catchment", ["M README.md"], win=(5, 60)),
    commit(None, None, "Guard against negative depths after the flux update", ["M src/solver.f90"], win=(11, 60)),
    chat(None, None, "User: Fortran allocatable vs pointer for the state arrays?\nAssistant: Use allocatable: the "
         "compiler can assume no aliasing, deallocation is automatic, and you only need pointers for linked structures.",
         win=(3, 60)),
    chat(None, None, "User: vectorise this loop over i, j?\nAssistant: Swap the loops so i (the first index) is "
         "innermost; Fortran is column-major.", src="cursor", files=["src/fluxes.f90"], win=(10, 60)),
    note(None, None, "Wardens' meeting: they want a one-page map per scenario with roads that flood first.", win=(10, 60)),
    note(None, None, "Ask the council for the culvert survey under the school lane.", win=(5, 50)),
    edit(None, None, "src/io/gauge.f90", "Skip readings flagged 'Suspect' in the EA JSON quality field.", win=(9, 60)),
    edit(None, None, "cfg/default.nml", "Add comments for each &physics entry and the units.", src="cursor", win=(12, 60)),
    file(None, None, "cfg/wye.nml", "&grid dx = 5.0, origin = 318200.0, 241900.0 /\n&physics g = 9.81, h_dry = 1.0e-3 /",
         win=(22, 60)),
]

POOL = [
    P("git status -sb", "## main...origin/main\n M src/solver.f90", w=4),
    P("git log --oneline -3", "a41c2de Guard dry cells\n9be01f3 Tidy kinds\n7d2a0c1 Gauge fixes", w=1),
    P("fpm build --profile release", "solver.f90                             done.\n[100%] Project compiled successfully.",
      w=4, win=(2, 24)),
    P("fpm run -- cfg/test_10m.nml", "step  4800  t=  3600.0 s  dt= 0.75  max h= 1.82 m", w=2, win=(11, 24)),
    P("fpm test", "Summary: 17 of 17 tests passed", w=2, win=(14, 26)),
    P("cmake --build build -j 8", "[ 92%] Building Fortran object CMakeFiles/brookmesh.dir/src/solver.f90.o\n[100%] "
      "Built target brookmesh", w=4, win=(25, 60)),
    P("cmake --build build -j 8", "/usr/bin/ld: output.f90.o: undefined reference to `nf90_def_var_deflate_'\n"
      "make[2]: *** [brookmesh] Error 1", code=2, w=1, win=(25, 60)),
    P("ctest --test-dir build", "100% tests passed, 0 tests failed out of 31\nTotal Test time (real) =   6.12 sec",
      w=3, win=(27, 60)),
    P("ssh kelpie squeue -u rtw", "  JOBID PARTITION      NAME  USER ST  TIME  NODES", w=2, win=(19, 60)),
    P("ssh kelpie sbatch scripts/wye.sbatch", "Submitted batch job 4420913", w=1, win=(19, 60)),
    P("gnuplot scripts/depth.gp", "", w=2, win=(9, 29)),
    P("python scripts/plot_depth.py out/wye_5m.nc --t 36h", "saved figs/depth_36h.png", w=2, win=(30, 60)),
    P("fprettify -r src", "", w=2),
    P("gfortran -c src/fluxes.f90", "src/fluxes.f90:88:14:\n   88 |       dvol = dvol + dh*area\n      |              1\n"
      "Error: Symbol 'dvol' at (1) has no IMPLICIT type", code=1, w=1, win=(5, 30)),
    P("rclone sync kelpie:/scratch/rtw/out b2:brookmesh-results --max-age 48h", "Transferred: 3 / 3, 100%", w=1, win=(30, 60)),
    P("du -sh out/", "38G\tout/", w=1),
    P("python scripts/prep_dem.py --tiles SO24", "mosaic SO24 -> data/dem_5m.tif, 14 tiles", w=1, win=(17, 60)),
    P("ssh kelpie module avail netcdf", "netcdf-c/4.9.2   netcdf-fortran/4.6.1", w=1, win=(19, 60)),
    P("tail -n 3 logs/brookmesh.log", "t= 41400 s dt=0.31 wet cells=1204877\nt= 41700 s dt=0.30 wet cells=1211902", w=2),
    P("curl -s 'https://environment.data.gov.uk/flood-monitoring/id/stations/55023/readings?latest' | jq '.items[0].value'",
      "1.342", w=1),
]
