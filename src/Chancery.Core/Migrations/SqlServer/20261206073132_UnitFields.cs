using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chancery.Core.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class UnitFields : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "unit_fields",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    unit_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_fields", x => x.id);
                    table.ForeignKey(
                        name: "FK_unit_fields_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "unit_field_names",
                columns: table => new
                {
                    field_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    basis_number = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    basis_date = table.Column<DateOnly>(type: "date", nullable: true),
                    basis_issuer = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    basis_title = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_field_names", x => new { x.field_id, x.valid_from });
                    table.ForeignKey(
                        name: "FK_unit_field_names_unit_fields_field_id",
                        column: x => x.field_id,
                        principalTable: "unit_fields",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_unit_fields_code",
                table: "unit_fields",
                column: "code");

            migrationBuilder.CreateIndex(
                name: "IX_unit_fields_unit_id_code",
                table: "unit_fields",
                columns: new[] { "unit_id", "code" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "unit_field_names");

            migrationBuilder.DropTable(
                name: "unit_fields");
        }
    }
}
