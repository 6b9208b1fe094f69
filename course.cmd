@echo off
rem The course's command line on Windows (course help). Builds its tools with the Maven Wrapper on first
rem use, then starts them directly. The same commands as ./course on Linux and macOS.
setlocal
set "ROOT=%~dp0"
set "ROOT=%ROOT:~0,-1%"
set "CLASSES=%ROOT%\tools\target\classes"
set "LIB=%ROOT%\tools\target\lib"

if not exist "%CLASSES%\zerotohero\tools\Course.class" goto build
if not exist "%LIB%" goto build
goto run

:build
echo Building the course tools (first run only)... 1>&2
call "%ROOT%\mvnw.cmd" -q -B -DskipTests -Djacoco.skip=true package -pl tools -am 1>&2
if errorlevel 1 (
  echo The course tools did not build: see the errors above. Is JDK 17 or newer installed ^(java -version^)? 1>&2
  exit /b 1
)

:run
set "JAVA_CMD=java"
if defined JAVA_HOME set "JAVA_CMD=%JAVA_HOME%\bin\java"
"%JAVA_CMD%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "-Dcourse.root=%ROOT%" -cp "%CLASSES%;%LIB%\*" zerotohero.tools.Course %*
exit /b %ERRORLEVEL%
