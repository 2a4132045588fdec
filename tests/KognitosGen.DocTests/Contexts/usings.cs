// Every doc block is compiled with these usings: those of a new project with ImplicitUsings on (a console app or a
// test project), KognitosGen's namespaces and xunit. A block that needs anything else says so itself.
global using System;
global using System.Collections.Generic;
global using System.IO;
global using System.Linq;
global using System.Net.Http;
global using System.Threading;
global using System.Threading.Tasks;
global using KognitosGen;
global using KognitosGen.Emulator;
global using KognitosGen.Testing;
global using Xunit;
