# The container of the Ecosystem actions. The root action.yml builds it from this file on every run;
# .github/workflows/release.yml publishes it to GHCR for the per-command actions under actions/.

# Build stage: the SDK is needed only here and never ships.
FROM mcr.microsoft.com/dotnet/sdk:10.0.401 AS build
WORKDIR /src

# Restore from the project files alone, so this layer is reused until a project or a package version changes.
# The restore carries every property the publish below uses: ReadyToRun needs its compiler pack restored for the
# runtime identifier, and a docker build has no package cache to find it in otherwise (NETSDK1094).
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/Ecosystem.Domain/Ecosystem.Domain.csproj src/Ecosystem.Domain/
COPY src/Ecosystem.GitHub/Ecosystem.GitHub.csproj src/Ecosystem.GitHub/
COPY src/Ecosystem.Actions/Ecosystem.Actions.csproj src/Ecosystem.Actions/
RUN dotnet restore src/Ecosystem.Actions/Ecosystem.Actions.csproj --runtime linux-x64 -p:SelfContained=true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true

COPY .editorconfig ./
# The repository's own issue form, caller workflow and configuration: embedded in the program for `init` and offline `validate`.
COPY .github/ISSUE_TEMPLATE/application.yml .github/ISSUE_TEMPLATE/
COPY .github/workflows/ecosystem.yml .github/workflows/
COPY .github/ecosystem.yml .github/
COPY src/ src/
# Start-up is most of a short-lived action's time, so the program ships as one composite ReadyToRun image of itself,
# its packages and .NET together (self-contained): generic code across those assemblies is precompiled too, where a
# framework-dependent build left about 340 methods to the JIT at every start. A quarter less CPU at start-up
# (README, Benchmarks); the price is a slower image build (once per release for the per-command actions).
# Trimmed partially (src/Ecosystem.Actions/Ecosystem.Actions.csproj says what and why): Octokit stays whole.
# tests/Ecosystem.Actions.Tests/Packaging/DockerfileTests.cs runs exactly this line and starts its output, and the
# benchmark (tests/Ecosystem.Benchmarks) publishes with it.
RUN dotnet publish src/Ecosystem.Actions/Ecosystem.Actions.csproj --configuration Release --runtime linux-x64 --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true --no-restore --output /app

# Run stage: what a self-contained .NET program needs from Linux (no .NET of its own: the program brings it), pinned
# to a patch version so a rebuild gives the same image.
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0.12
LABEL org.opencontainers.image.title="PyTorch Ecosystem actions" \
      org.opencontainers.image.description="Validates Ecosystem applications, schedules review sessions, tallies Working Group votes and guards labels." \
      org.opencontainers.image.source="https://github.com/pytorch-fdn/ecosystem-actions" \
      org.opencontainers.image.vendor="PyTorch Foundation"
COPY --from=build /app /app
# No USER line on purpose: GitHub runs container actions as the image's default user and mounts
# /github/workspace, /github/home and the runner's file-command files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY)
# owned by the runner; a non-root user could not write the action's outputs. GitHub's docs say the same.
ENTRYPOINT ["/app/Ecosystem.Actions"]
