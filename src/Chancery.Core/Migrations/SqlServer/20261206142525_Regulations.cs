using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chancery.Core.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Regulations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "regulations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    unit_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    year = table.Column<int>(type: "int", nullable: false),
                    number = table.Column<int>(type: "int", nullable: false),
                    identifier = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    title = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    replaces_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    repealed_from = table.Column<DateOnly>(type: "date", nullable: true),
                    repeal_decision = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regulations", x => x.id);
                    table.ForeignKey(
                        name: "FK_regulations_regulations_replaces_id",
                        column: x => x.replaces_id,
                        principalTable: "regulations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_regulations_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "regulation_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    regulation_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    number = table.Column<int>(type: "int", nullable: false),
                    status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    title = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    amends_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    operations = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    body = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    decision = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    decision_number = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    decision_date = table.Column<DateOnly>(type: "date", nullable: true),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regulation_versions", x => x.id);
                    table.ForeignKey(
                        name: "FK_regulation_versions_regulation_versions_amends_id",
                        column: x => x.amends_id,
                        principalTable: "regulation_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_regulation_versions_regulations_regulation_id",
                        column: x => x.regulation_id,
                        principalTable: "regulations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_regulation_versions_amends_id",
                table: "regulation_versions",
                column: "amends_id");

            migrationBuilder.CreateIndex(
                name: "IX_regulation_versions_regulation_id_number",
                table: "regulation_versions",
                columns: new[] { "regulation_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_regulations_identifier",
                table: "regulations",
                column: "identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_regulations_replaces_id",
                table: "regulations",
                column: "replaces_id");

            migrationBuilder.CreateIndex(
                name: "IX_regulations_unit_id",
                table: "regulations",
                column: "unit_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "regulation_versions");

            migrationBuilder.DropTable(
                name: "regulations");
        }
    }
}
